package dev.handbook.parse;

import dev.handbook.config.YamlReader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.Body;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 2: one file's text to a {@link ParsedPage} or {@link ParsedData}. Looks at one file at a
 * time and knows nothing about the others, so files parse in parallel. Thread-safe.
 *
 * <pre>{@code
 * DocumentParser parser = new DocumentParser(ParseSettings.of(config, "everyone"));
 * Staged<ParsedPage> page = parser.parsePage("roles/em.md", "content/roles/em.md", text);
 * }</pre>
 */
public final class DocumentParser {
    private final MarkdownConverter markdown;
    private final ParseSettings settings;

    public DocumentParser(ParseSettings settings) {
        this.markdown = new MarkdownConverter(settings);
        this.settings = settings;
    }

    public Staged<ParsedPage> parsePage(String path, String displayPath, String text) {
        // Content can never hold the characters that mark link holes.
        text = HandbookNodeRenderer.withoutMarkers(text);
        List<Diagnostic> diags = new ArrayList<>();
        LineMap lines = new LineMap(displayPath, text);
        FrontMatter fm = FrontMatter.split(text);
        Value.Dict front = Value.Dict.empty(SourcePos.file(displayPath));
        if (fm.unclosed()) {
            diags.add(Diagnostic.error(new SourcePos(displayPath, 1, 1),
                    "front matter is never closed: add a line '---' after its last field").withRule("front-matter"));
        } else if (fm.yaml().isPresent()) {
            front = frontMatter(displayPath, fm, diags);
        }
        Optional<String> declaredTitle = front.get("title")
                .filter(v -> v instanceof Value.Scalar s && !s.isNull())
                .map(v -> ((Value.Scalar) v).text());
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        MarkdownConverter.Result md;
        java.util.OptionalInt deep = Nesting.tooDeep(text);
        if (deep.isPresent()) {
            diags.add(Diagnostic.error(new SourcePos(displayPath, deep.getAsInt(), 1),
                    "quotes or lists are nested more than %d levels deep here; the page is not rendered",
                    Nesting.MAX_DEPTH).withRule("markdown"));
            return new Staged<>(new ParsedPage(path, displayPath, front, Body.empty(), Optional.empty()), diags);
        }
        try {
            md = markdown.convert(folder, FrontMatter.blankOut(text, fm.bodyStart()), lines, declaredTitle, diags);
        } catch (StackOverflowError e) {
            diags.add(Diagnostic.error(SourcePos.file(displayPath),
                    "Markdown is nested too deeply to render").withRule("markdown"));
            md = new MarkdownConverter.Result(Body.empty(), Optional.empty());
        }
        AudienceFilter.Withheld withheld = !text.contains(":::") ? AudienceFilter.Withheld.NONE
                : AudienceFilter.withheld(FrontMatter.blankOut(text, fm.bodyStart()), settings, lines);
        return new Staged<>(new ParsedPage(path, displayPath, front, md.body(), md.leadingTitle(),
                withheld.fileNames(), withheld.any()), diags);
    }

    public Staged<Optional<ParsedData>> parseData(String path, String displayPath, String text) {
        Staged<Optional<Value>> yaml = YamlReader.read(displayPath, text, 1);
        return yaml.map(v -> v.map(value -> new ParsedData(path, displayPath, value)));
    }

    private static Value.Dict frontMatter(String displayPath, FrontMatter fm, List<Diagnostic> diags) {
        Staged<Optional<Value>> yaml = YamlReader.read(displayPath, fm.yaml().get(), fm.yamlLine());
        diags.addAll(yaml.diagnostics());
        Value.Dict empty = Value.Dict.empty(SourcePos.file(displayPath));
        if (yaml.value().isEmpty()) return empty;
        Value v = yaml.value().get();
        if (v instanceof Value.Dict d) return d;
        if (v instanceof Value.Scalar s && s.isNull()) return empty;
        diags.add(Diagnostic.error(v.pos(), "front matter must be a mapping of fields (key: value), found %s",
                v.kindName()).withRule("front-matter"));
        return empty;
    }

}
