package dev.handbook.incremental;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.GitLog;
import dev.handbook.model.Messages;
import dev.handbook.model.TypeSchema;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.pipeline.Progress;
import dev.handbook.render.SiteRenderer;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.GitHistory;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an {@link IncrementalBuild} has read from disk, stage by stage, each with the problems it
 * reported: the configuration, the theme (types, templates, static files), git history, the
 * content tree and every file parsed. The build forgets what a change invalidates and asks this to
 * read it again; everything else is kept. Files are read and parsed exactly as {@link Pipeline} does.
 */
final class SourceState {
    private final BuildOptions options;
    private final Progress progress;
    Staged<SiteConfig> config;
    String edition;
    private List<Diagnostic> editionProblems = List.of();
    Staged<Optional<Theme>> theme = Staged.of(Optional.empty());
    Staged<Map<String, TypeSchema>> schemas = Staged.of(Map.of());
    /** The site's words, once a theme was found. */
    Staged<Messages> messages;
    Staged<GitLog> git = Staged.of(GitLog.NONE);
    private ParseSettings settings;
    private DocumentParser parser;
    Staged<SourceTree> tree = Staged.of(new SourceTree(List.of()));
    /** The files of the tree by path under content/. */
    final TreeMap<String, SourceFile> known = new TreeMap<>();
    final Map<String, Staged<Optional<ParsedPage>>> pages = new HashMap<>();
    final Map<String, Staged<Optional<ParsedData>>> data = new HashMap<>();
    Staged<Optional<SiteRenderer>> renderer = Staged.of(Optional.empty());
    private SortedMap<String, String> templates = new TreeMap<>();
    /** Templates changed since the site was last rendered. */
    final Set<String> changedTemplates = new HashSet<>();
    /** The theme's static files by their path in the site, read into memory, and where each was read from. */
    Staged<Map<String, byte[]>> themeAssets = Staged.of(Map.of());
    Map<String, Path> assetFiles = Map.of();
    final Map<String, byte[]> staticBytes = new HashMap<>();

    SourceState(BuildOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** The theme named in handbook.yml, before anything was read: none. */
    String themeName() {
        return config == null ? "" : config.value().theme();
    }

    /** Forgets every file read: after the watcher lost track, none can be trusted. */
    void forgetFiles() {
        pages.clear();
        data.clear();
        staticBytes.clear();
    }

    /** Reads handbook.yml, the theme and git history again; forgets parsed files when parsing would now differ. */
    void readSettings() {
        config = ConfigLoader.load(options.root());
        Staged<String> chosen = BuildSteps.edition(config.value(), options.audience());
        edition = chosen.value();
        editionProblems = chosen.diagnostics();
        git = GitHistory.read(options.root());
        readTheme();
    }

    /**
     * Finds the theme again: its types, words, templates (noting which changed; new words change
     * what every template writes) and static files; forgets parsed files when parsing would now differ.
     */
    void readTheme() {
        theme = ThemeLoader.locate(options.root(), config.value().theme());
        if (theme.value().isEmpty()) {
            schemas = Staged.of(Map.of());
            renderer = Staged.of(Optional.empty());
            useParser(null);
            return;
        }
        Theme t = theme.value().get();
        schemas = BuildSteps.schemas(t);
        Staged<Messages> words = BuildSteps.messages(t, config.value());
        boolean newWords = messages == null || !messages.value().equals(words.value());
        messages = words;
        useParser(editionProblems.isEmpty() ? ParseSettings.of(config.value(), edition, words.value()) : null);
        renderer = SiteRenderer.create(t, config.value(), words.value());
        SortedMap<String, String> now = SiteRenderer.templateDigests(t);
        Set<String> names = new TreeSet<>(templates.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (newWords || !Objects.equals(templates.get(name), now.get(name))) changedTemplates.add(name);
        }
        templates = now;
        readAssets(t);
    }

    /** Parses with {@code next} from now on (none: nothing can be parsed); what was parsed otherwise is forgotten. */
    private void useParser(ParseSettings next) {
        if (next == null || !next.equals(settings)) {
            pages.clear();
            data.clear();
        }
        settings = next;
        parser = next == null ? null : new DocumentParser(next);
    }

    /** Reads the theme's static files into {@link #themeAssets} and {@link #assetFiles}. */
    private void readAssets(Theme theme) {
        Map<String, byte[]> bytes = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        List<Diagnostic> problems = List.of();
        try {
            for (Map.Entry<String, Path> e : ThemeLoader.staticFiles(theme).entrySet()) {
                bytes.put(e.getKey(), ThemeLoader.readStatic(e.getValue()));
                files.put(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            problems = List.of(Diagnostic.error(SourcePos.file(theme.displayDirs().get(0) + "/static"),
                    "cannot read the theme's files: %s", e.getMessage()).withRule("output"));
        }
        themeAssets = new Staged<>(bytes, problems);
        assetFiles = files;
    }

    /** Lists content/ again and forgets what was read of files no longer there. */
    void relist() {
        tree = ContentLoader.list(options.root());
        known.clear();
        for (SourceFile f : tree.value().files()) known.put(f.path(), f);
        pages.keySet().removeIf(p -> !isKind(p, SourceFile.Kind.PAGE));
        data.keySet().removeIf(p -> !isKind(p, SourceFile.Kind.DATA));
        staticBytes.keySet().removeIf(p -> !isKind(p, SourceFile.Kind.STATIC));
    }

    private boolean isKind(String path, SourceFile.Kind kind) {
        SourceFile f = known.get(path);
        return f != null && f.kind() == kind;
    }

    /** Parses every page and data file not parsed yet (all of them after a full read), pages in parallel. */
    void parseMissing() {
        if (parser == null) return;
        List<SourceFile> todo = tree.value().ofKind(SourceFile.Kind.PAGE).stream()
                .filter(f -> !pages.containsKey(f.path())).toList();
        List<Staged<Optional<ParsedPage>>> parsed = BuildSteps.parsePages(parser, todo, options.threads(),
                todo.size() > 1 ? progress : Progress.NONE);
        for (int i = 0; i < todo.size(); i++) pages.put(todo.get(i).path(), parsed.get(i));
        for (SourceFile f : tree.value().ofKind(SourceFile.Kind.DATA)) {
            data.computeIfAbsent(f.path(), k -> BuildSteps.parseData(parser, f));
        }
    }

    /** The problems that stop {@code handbook build} before it reads any content, if there are any. */
    Optional<List<Diagnostic>> stoppedEarly() {
        List<Diagnostic> diags = new ArrayList<>(config.diagnostics());
        if (IncrementalBuild.hasErrors(diags)) return Optional.of(IncrementalBuild.sorted(diags));
        if (!editionProblems.isEmpty()) return Optional.of(IncrementalBuild.sorted(editionProblems));
        diags.addAll(theme.diagnostics());
        if (theme.value().isEmpty()) return Optional.of(IncrementalBuild.sorted(diags));
        return Optional.empty();
    }

    /** Every problem found reading and parsing, as a build reports them, plus {@code more}. */
    List<Diagnostic> diagnostics(List<Diagnostic> more) {
        List<Diagnostic> diags = new ArrayList<>(config.diagnostics());
        diags.addAll(theme.diagnostics());
        diags.addAll(tree.diagnostics());
        diags.addAll(schemas.diagnostics());
        if (messages != null) diags.addAll(messages.diagnostics());
        diags.addAll(git.diagnostics());
        for (SourceFile f : tree.value().files()) {
            Staged<?> s = f.kind() == SourceFile.Kind.PAGE ? pages.get(f.path())
                    : f.kind() == SourceFile.Kind.DATA ? data.get(f.path()) : null;
            if (s != null) diags.addAll(s.diagnostics());
        }
        diags.addAll(more);
        return IncrementalBuild.sorted(diags);
    }

    /**
     * A static file's bytes, read once and kept until the file changes; empty, with the reason, when
     * it cannot be read or the raw-HTML policy refuses it (then it is read and judged again each time).
     */
    Optional<byte[]> staticBytes(String path, List<Diagnostic> problems) {
        byte[] cached = staticBytes.get(path);
        if (cached != null) return Optional.of(cached);
        SourceFile f = known.get(path);
        try {
            byte[] bytes = ContentLoader.readBytes(f);
            List<Diagnostic> refused = BuildSteps.checkStatic(config.value(), f, bytes);
            if (!refused.isEmpty()) {
                problems.addAll(refused);
                return Optional.empty();
            }
            staticBytes.put(path, bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePos.file(f.displayPath()), "cannot read: %s", e.getMessage())
                    .withRule("source"));
            return Optional.empty();
        }
    }
}
