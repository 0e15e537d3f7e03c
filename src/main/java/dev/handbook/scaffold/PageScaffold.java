package dev.handbook.scaffold;

import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.FieldSpec;
import dev.handbook.model.Slug;
import dev.handbook.model.TypeSchema;
import dev.handbook.model.Value;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedPage;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code handbook new TYPE SLUG}: writes a new page of a type, with every field of its schema in
 * the front matter: required fields stubbed with a value that builds and a comment saying what to
 * put there, optional fields commented out. The page goes into the folder whose {@code _index.md}
 * cascades that type (e.g. {@code content/roles/} for roles), else a folder named after the type.
 */
public final class PageScaffold {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private PageScaffold() {
    }

    /** The file to write (relative to the root) and its text, or errors. Reads content, writes nothing. */
    public record Plan(String path, String text) {
    }

    public static Staged<Optional<Plan>> plan(Path root, SiteConfig config, Map<String, TypeSchema> schemas, String type,
                                              String slug, LocalDate today) {
        // A folder with neither is most likely a mistyped --root or the wrong directory: creating
        // content/ there would start a stray handbook without a word.
        if (!Files.isDirectory(root.resolve(ContentLoader.CONTENT)) && !Files.isRegularFile(root.resolve(SiteConfig.FILE_NAME))) {
            return fail("no handbook here: " + root + " has neither content/ nor " + SiteConfig.FILE_NAME
                    + "; run 'handbook init' to start one, or pass --root with the handbook's folder");
        }
        if (slug.equals("index")) {
            return fail("'index' is the name of a folder's own page (index.md or _index.md), not of a new " + type
                    + "; choose another slug, or edit the folder's page");
        }
        if (!SLUG.matcher(slug).matches()) {
            return fail("the slug must be lower-case letters, digits and '-', e.g. staff-engineer (got '" + slug + "')");
        }
        TypeSchema schema = schemas.get(type);
        if (schema == null && !type.equals("page")) {
            return fail("unknown type '" + type + "'" + dev.handbook.diag.Suggestions.didYouMean(type, schemas.keySet())
                    + "; types: page, " + String.join(", ", schemas.keySet()));
        }
        if (schema == null) schema = TypeSchema.untyped("page");
        Staged<SourceTree> tree = ContentLoader.list(root);
        Map<String, String> folderOfType = new TreeMap<>();
        Map<String, List<String>> slugsByFolder = new TreeMap<>();
        DocumentParser parser = new DocumentParser(ParseSettings.of(config, config.widestAudience()));
        for (SourceFile f : tree.value().ofKind(SourceFile.Kind.PAGE)) {
            slugsByFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(stem(f.fileName()));
            if (!f.fileName().equals("_index.md") && !f.fileName().equals("index.md")) continue;
            Staged<String> text = ContentLoader.readText(f);
            if (text.hasErrors()) continue;
            ParsedPage p = parser.parsePage(f.path(), f.displayPath(), text.value()).value();
            cascadeType(p.frontMatter()).ifPresent(t -> folderOfType.putIfAbsent(t, f.folder()));
        }
        String folder = folderOfType.getOrDefault(type, type.equals("page") ? "" : Slug.of(schema.plural()));
        String path = ContentLoader.CONTENT + "/" + (folder.isEmpty() ? "" : folder + "/") + slug + ".md";
        if (Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
            return fail(path + " already exists; choose another slug");
        }
        Stubs stubs = new Stubs(folderOfType, slugsByFolder, today);
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(humanize(slug)).append('\n');
        sb.append("description: \"TODO: one sentence that says what this page is for\"\n");
        if (!folderOfType.containsKey(type) && !type.equals("page")) sb.append("type: ").append(type).append('\n');
        sb.append("reviewed: ").append(today).append('\n');
        for (FieldSpec field : schema.fields().values()) stubs.field(sb, field);
        sb.append("---\n\n");
        sb.append("TODO: write the page. Start with what a reader needs first.\n");
        return Staged.of(Optional.of(new Plan(path, sb.toString())));
    }

    /** Writes the planned file, creating its folder. */
    public static void write(Path root, Plan plan) throws IOException {
        Path file = root.resolve(plan.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, plan.text(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    private static Optional<String> cascadeType(Value.Dict front) {
        if (front.get("cascade").orElse(null) instanceof Value.Dict c && c.get("type").orElse(null) instanceof Value.Scalar s) {
            return Optional.of(s.text());
        }
        return Optional.empty();
    }

    private static Staged<Optional<Plan>> fail(String message) {
        return new Staged<>(Optional.empty(), List.of(Diagnostic.error(SourcePos.file("(handbook new)"), message)
                .withRule("usage")));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String humanize(String slug) {
        String s = slug.replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
