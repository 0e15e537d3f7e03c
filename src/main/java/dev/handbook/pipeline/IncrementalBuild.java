package dev.handbook.pipeline;

import dev.handbook.calendar.RitualCalendar;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.GitInfo;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.model.TypeSchema;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.parse.SchemaParser;
import dev.handbook.postprocess.HtmlSanitizer;
import dev.handbook.postprocess.RunbookChecklist;
import dev.handbook.render.RenderInput;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.sitemap.SitemapBuilder;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.GitHistory;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import dev.handbook.validate.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A build kept in memory and brought up to date file by file, for {@code handbook serve}. It keeps
 * what each stage produced (the parsed files, the resolved site, the view each HTML file was
 * rendered from) and, told what changed on disk, redoes only what depends on it:
 *
 * <ul>
 *   <li>A page whose Markdown changed but whose front matter, title, links, anchors and heading
 *       ids did not is parsed and rendered again, alone: nothing else in the site reads its text.</li>
 *   <li>Any other change (front matter, links, a new, deleted or renamed file or folder, data, the
 *       theme) resolves the site again and renders every HTML file whose {@link RenderInput} differs
 *       from the one it was last rendered from, or whose layout reads a template that changed.</li>
 *   <li>A change to handbook.yml reads everything again.</li>
 * </ul>
 *
 * <p>The site it holds ({@link #site()}) is always the last one that built without errors, and is
 * byte for byte what {@code handbook build} writes for the same tree; while the handbook has
 * errors, {@link #last()} reports them. Not thread-safe for {@link #apply}; {@link #site()} and
 * {@link #last()} may be read from any thread.
 *
 * <pre>{@code
 * try (IncrementalBuild build = IncrementalBuild.start(options, Progress.NONE)) {
 *     Rebuild r = build.apply(Changes.of("content/roles/em.md"));
 *     byte[] html = build.site().get("roles/em/index.html").orElseThrow();
 * }
 * }</pre>
 */
public final class IncrementalBuild implements AutoCloseable {
    private final BuildOptions options;
    private final Progress progress;
    private final ForkJoinPool pool;

    // What was read, stage by stage, with each stage's problems.
    private Staged<SiteConfig> config;
    private String edition;
    private List<Diagnostic> editionProblems = List.of();
    private Staged<Optional<Theme>> theme = Staged.of(Optional.empty());
    private Staged<Map<String, TypeSchema>> schemas = Staged.of(Map.of());
    private Staged<Map<String, GitInfo>> git = Staged.of(Map.of());
    private ParseSettings settings;
    private DocumentParser parser;
    private Staged<SourceTree> tree = Staged.of(new SourceTree(List.of()));
    private final TreeMap<String, SourceFile> known = new TreeMap<>();
    private final Map<String, Staged<ParsedPage>> pages = new HashMap<>();
    private final Map<String, Staged<Optional<ParsedData>>> data = new HashMap<>();
    private Staged<Optional<SiteRenderer>> renderer = Staged.of(Optional.empty());
    private SortedMap<String, String> templates = new TreeMap<>();
    private final Set<String> changedTemplates = new HashSet<>();
    private Staged<Map<String, byte[]>> themeAssets = Staged.of(Map.of());
    private final Map<String, byte[]> staticBytes = new HashMap<>();
    private ResolvedSite resolved;
    private List<Diagnostic> resolveProblems = List.of();
    private Map<String, Integer> indexByPath = Map.of();

    // The site last built without errors, and what each of its HTML files was rendered from.
    private Map<String, RenderInput> inputs = new HashMap<>();
    private List<Diagnostic> outputProblems = List.of();
    private volatile SiteFiles site = SiteFiles.EMPTY;
    private volatile Rebuild last;
    /** Whether the last build succeeded, so the site matches everything read. */
    private boolean ok;
    /** Set when a build stopped on an internal error: the next one reads everything again. */
    private boolean broken;

    private IncrementalBuild(BuildOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
        this.pool = new ForkJoinPool(options.threads());
    }

    /** Reads and builds the whole handbook; the result is in {@link #last()}, errors included. */
    public static IncrementalBuild start(BuildOptions options, Progress progress) {
        IncrementalBuild build = new IncrementalBuild(options, progress);
        build.apply(Changes.all());
        return build;
    }

    /** The site as last built without errors ({@link SiteFiles#EMPTY} until one did). */
    public SiteFiles site() {
        return site;
    }

    /** What the latest build did, and every problem of the handbook as it is now. */
    public Rebuild last() {
        return last;
    }

    /** The edition being built. */
    public String edition() {
        return edition;
    }

    /** Brings the site up to date with {@code changes} and says what that took. */
    public synchronized Rebuild apply(Changes changes) {
        long start = System.nanoTime();
        Rebuild r;
        try {
            r = inPool(() -> update(broken ? Changes.all() : changes, start));
        } catch (RuntimeException | Error e) {
            broken = true;
            ok = false;
            throw e;
        }
        last = r;
        return r;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private Rebuild update(Changes changes, long start) {
        String themeName = config == null ? "" : config.value().theme();
        ChangePlan plan = ChangePlan.of(changes, options.root(), known, themeName);
        if (plan.nothing() && last != null) {
            return new Rebuild(Rebuild.Scope.NOTHING, last.diagnostics(), List.of(), List.of(), List.of(),
                    last.pages(), millisSince(start), site.version());
        }
        if (changes.everything()) { // nothing read before can be trusted
            pages.clear();
            data.clear();
            staticBytes.clear();
        }
        if (plan.full()) {
            readSettings();
        } else if (plan.theme()) {
            readTheme();
        }
        if (plan.full() || plan.relist()) relist();
        plan.data().forEach(data::remove);
        plan.statics().forEach(staticBytes::remove);
        Map<String, Staged<ParsedPage>> before = new HashMap<>();
        for (String p : plan.pages()) before.put(p, pages.remove(p));
        boolean textOnly = ok && !plan.full() && !plan.theme() && !plan.relist() && plan.data().isEmpty();
        if (textOnly && stoppedEarly().isEmpty()) {
            parseMissing();
            if (plan.pages().stream().allMatch(p -> sameShape(before.get(p), pages.get(p)))) {
                return renderPages(plan, before, start);
            }
        }
        return resolveAndRender(plan.full() ? Rebuild.Scope.FULL : Rebuild.Scope.SITE, start);
    }

    // ---- Reading -------------------------------------------------------------------------------

    private void readSettings() {
        config = ConfigLoader.load(options.root());
        edition = options.audience().orElse(config.value().widestAudience());
        editionProblems = config.value().audiences().contains(edition) ? List.of() : List.of(Diagnostic.error(
                SourcePos.file(SiteConfig.FILE_NAME), "unknown audience '%s'%s", edition,
                Suggestions.didYouMean(edition, config.value().audiences()))
                .withHint("audiences in handbook.yml: " + String.join(", ", config.value().audiences()))
                .withRule("usage"));
        ParseSettings next = editionProblems.isEmpty() ? ParseSettings.of(config.value(), edition) : null;
        if (next == null || !next.equals(settings)) {
            pages.clear();
            data.clear();
        }
        settings = next;
        parser = next == null ? null : new DocumentParser(next);
        git = GitHistory.read(options.root());
        readTheme();
    }

    private void readTheme() {
        theme = ThemeLoader.locate(options.root(), config.value().theme());
        if (theme.value().isEmpty()) {
            schemas = Staged.of(Map.of());
            renderer = Staged.of(Optional.empty());
            return;
        }
        Theme t = theme.value().get();
        schemas = readSchemas(t);
        renderer = SiteRenderer.create(t, config.value());
        SortedMap<String, String> now = SiteRenderer.templateDigests(t);
        Set<String> names = new TreeSet<>(templates.keySet());
        names.addAll(now.keySet());
        for (String name : names) if (!java.util.Objects.equals(templates.get(name), now.get(name))) changedTemplates.add(name);
        templates = now;
        themeAssets = readAssets(t);
    }

    private static Staged<Map<String, TypeSchema>> readSchemas(Theme theme) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, TypeSchema> out = new TreeMap<>();
        Staged<List<ThemeLoader.TypeFile>> files = ThemeLoader.typeFiles(theme);
        diags.addAll(files.diagnostics());
        for (ThemeLoader.TypeFile f : files.value()) {
            Staged<Optional<TypeSchema>> s = SchemaParser.parse(f.name(), f.displayPath(), f.text());
            diags.addAll(s.diagnostics());
            s.value().ifPresent(schema -> out.put(schema.name(), schema));
        }
        return new Staged<>(out, diags);
    }

    private static Staged<Map<String, byte[]>> readAssets(Theme theme) {
        Map<String, byte[]> out = new TreeMap<>();
        try {
            for (Map.Entry<String, java.nio.file.Path> e : ThemeLoader.staticFiles(theme).entrySet()) {
                out.put(e.getKey(), ThemeLoader.readStatic(e.getValue()));
            }
            return Staged.of(out);
        } catch (IOException e) {
            return new Staged<>(out, List.of(Diagnostic.error(SourcePos.file(theme.displayDirs().get(0) + "/static"),
                    "cannot read the theme's files: %s", e.getMessage()).withRule("output")));
        }
    }

    private void relist() {
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
    private void parseMissing() {
        if (parser == null) return;
        List<SourceFile> todo = tree.value().ofKind(SourceFile.Kind.PAGE).stream()
                .filter(f -> !pages.containsKey(f.path())).toList();
        AtomicInteger done = new AtomicInteger();
        List<Staged<ParsedPage>> parsed = todo.parallelStream().map(f -> {
            Staged<ParsedPage> p = parsePage(f);
            if (todo.size() > 1) progress.update("parse", done.incrementAndGet(), todo.size());
            return p;
        }).toList();
        for (int i = 0; i < todo.size(); i++) pages.put(todo.get(i).path(), parsed.get(i));
        for (SourceFile f : tree.value().ofKind(SourceFile.Kind.DATA)) {
            data.computeIfAbsent(f.path(), k -> {
                Staged<String> text = ContentLoader.readText(f);
                if (text.hasErrors()) return new Staged<>(Optional.empty(), text.diagnostics());
                return text.then(t -> parser.parseData(f.path(), f.displayPath(), t));
            });
        }
    }

    /** As {@code handbook build} parses a page: read, parse, sanitize; a null value when it cannot be read. */
    private Staged<ParsedPage> parsePage(SourceFile f) {
        Staged<String> text = ContentLoader.readText(f);
        if (text.hasErrors()) return new Staged<>(null, text.diagnostics());
        return text.then(t -> parser.parsePage(f.path(), f.displayPath(), t))
                .map(p -> p.withBody(HtmlSanitizer.clean(p.body())));
    }

    /**
     * Whether a page changed only in what no other page and no other stage reads: the HTML of its
     * body (and its headings, shown only in its own table of contents). The front matter, the leading
     * title, the links and anchors and the ids other pages may link to are the same, positions included,
     * so resolving the site again would give the same site with this page's body replaced and the
     * same problems.
     */
    private static boolean sameShape(Staged<ParsedPage> before, Staged<ParsedPage> after) {
        if (before == null || after == null || before.value() == null || after.value() == null) return false;
        if (before.hasErrors() || after.hasErrors()) return false;
        ParsedPage a = before.value();
        ParsedPage b = after.value();
        return a.frontMatter().equals(b.frontMatter()) && a.leadingTitle().equals(b.leadingTitle())
                && a.body().links().equals(b.body().links()) && a.body().anchorLinks().equals(b.body().anchorLinks())
                && a.body().ids().equals(b.body().ids());
    }

    // ---- Building ------------------------------------------------------------------------------

    /** Only page text changed: swap the new bodies into the resolved site and render those pages. */
    private Rebuild renderPages(ChangePlan plan, Map<String, Staged<ParsedPage>> before, long start) {
        List<Page> list = new ArrayList<>(resolved.pages());
        List<Integer> touched = new ArrayList<>();
        for (String path : plan.pages()) {
            Integer i = indexByPath.get(path);
            if (i == null) continue; // a page this edition leaves out: nothing to render
            list.set(i, withBody(list.get(i), pages.get(path).value()));
            touched.add(i);
        }
        if (!touched.isEmpty()) resolved = resolved.withPages(list);
        List<Diagnostic> diags = new ArrayList<>(last.diagnostics()); // the last build's, which had no errors
        for (String path : plan.pages()) {
            before.get(path).diagnostics().forEach(diags::remove);
            diags.addAll(pages.get(path).diagnostics());
        }
        diags.sort(Diagnostic.ORDER);
        if (hasErrors(diags)) return failed(Rebuild.Scope.PAGES, diags, start);
        SiteRenderer r = renderer.value().orElseThrow();
        List<RenderInput> todo = touched.stream().map(i -> r.pageInput(resolved, i)).toList();
        Rendered out = render(r, todo);
        Map<String, byte[]> changed = new HashMap<>(out.files());
        Set<String> visibleStatics = new HashSet<>();
        for (StaticFile s : resolved.statics()) visibleStatics.add(s.path());
        List<Diagnostic> readProblems = new ArrayList<>(out.diagnostics());
        for (String path : plan.statics()) {
            if (visibleStatics.contains(path)) staticBytes(path, readProblems).ifPresent(b -> changed.put(path, b));
        }
        if (!readProblems.isEmpty()) {
            diags.addAll(readProblems);
            diags.sort(Diagnostic.ORDER);
            if (hasErrors(diags)) return failed(Rebuild.Scope.PAGES, diags, start);
        }
        changed.entrySet().removeIf(e -> site.get(e.getKey()).filter(old -> Arrays.equals(old, e.getValue())).isPresent());
        SiteFiles next = changed.isEmpty() ? site : site.with(site.version() + 1, changed, Set.of());
        for (RenderInput in : todo) inputs.put(in.outputPath(), in);
        return commit(Rebuild.Scope.PAGES, next, changed.keySet(), List.of(), todo, outputProblems, diags, start);
    }

    /** Resolves the site again and renders every file whose input, or whose templates, changed. */
    private Rebuild resolveAndRender(Rebuild.Scope scope, long start) {
        Optional<List<Diagnostic>> early = stoppedEarly();
        if (early.isPresent()) return failed(scope, early.get(), start);
        parseMissing();
        resolve();
        List<Diagnostic> diags = diagnostics(List.of());
        if (hasErrors(diags)) return failed(scope, diags, start);
        diags = new ArrayList<>(diags);
        diags.addAll(renderer.diagnostics());
        if (renderer.value().isEmpty()) return failed(scope, sorted(diags), start);
        SiteRenderer r = renderer.value().get();
        List<RenderInput> pageInputs = IntStream.range(0, resolved.pages().size()).parallel()
                .mapToObj(i -> r.pageInput(resolved, i)).toList();
        List<RenderInput> extraInputs = r.extraInputs(resolved);
        Map<String, Boolean> layoutChanged = new HashMap<>();
        List<RenderInput> todo = new ArrayList<>();
        for (List<RenderInput> group : List.of(pageInputs, extraInputs)) {
            for (RenderInput in : group) {
                RenderInput before = inputs.get(in.outputPath());
                boolean stale = before == null || !before.sameAs(in) || layoutChanged.computeIfAbsent(in.layout(),
                        l -> r.layoutUses(l, changedTemplates));
                if (stale) todo.add(in);
            }
        }
        Rendered out = render(r, todo);
        List<Diagnostic> problems = new ArrayList<>(out.diagnostics());
        OutputClaims claims = new OutputClaims();
        Map<String, byte[]> next = new HashMap<>();
        for (int i = 0; i < pageInputs.size(); i++) {
            add(next, claims, pageInputs.get(i).outputPath(), resolved.page(i).displayPath(), out.files());
        }
        for (RenderInput in : extraInputs) add(next, claims, in.outputPath(), "(generated) " + in.outputPath(), out.files());
        put(next, claims, SitemapBuilder.build(resolved), "(generated) sitemap.xml");
        RitualCalendar.build(resolved).ifPresent(f -> put(next, claims, f, "(generated) " + RitualCalendar.PATH));
        problems.addAll(themeAssets.diagnostics());
        themeAssets.value().forEach((path, bytes) -> {
            if (claims.claim(path, "theme " + path)) next.put(path, bytes);
        });
        for (StaticFile s : resolved.statics()) {
            if (claims.claim(s.path(), s.displayPath())) staticBytes(s.path(), problems).ifPresent(b -> next.put(s.path(), b));
        }
        List<Diagnostic> collisions = claims.diagnostics();
        problems.addAll(collisions);
        diags.addAll(problems);
        if (hasErrors(diags)) return failed(scope, sorted(diags), start);
        Map<String, RenderInput> nextInputs = new HashMap<>();
        for (RenderInput in : pageInputs) nextInputs.put(in.outputPath(), in);
        for (RenderInput in : extraInputs) nextInputs.put(in.outputPath(), in);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : next.entrySet()) {
            byte[] old = site.get(e.getKey()).orElse(null);
            if (old != e.getValue() && (old == null || !Arrays.equals(old, e.getValue()))) changed.add(e.getKey());
        }
        List<String> removed = new ArrayList<>();
        for (String path : site.files().keySet()) if (!next.containsKey(path)) removed.add(path);
        boolean same = changed.isEmpty() && removed.isEmpty();
        inputs = nextInputs;
        return commit(scope, same ? site : SiteFiles.of(site.version() + 1, next), changed, removed, todo, collisions,
                sorted(diags), start);
    }

    /** A file whose input did not change keeps the bytes it has in the site. */
    private void add(Map<String, byte[]> next, OutputClaims claims, String path, String source, Map<String, byte[]> fresh) {
        if (!claims.claim(path, source)) return;
        byte[] bytes = fresh.containsKey(path) ? fresh.get(path) : site.get(path).orElse(null);
        if (bytes != null) next.put(path, bytes);
    }

    private static void put(Map<String, byte[]> next, OutputClaims claims, OutputFile file, String source) {
        if (claims.claim(file.path(), source)) next.put(file.path(), file.bytes());
    }

    private void resolve() {
        List<ParsedPage> parsedPages = new ArrayList<>();
        for (SourceFile f : tree.value().ofKind(SourceFile.Kind.PAGE)) {
            ParsedPage p = pages.get(f.path()).value();
            if (p != null) parsedPages.add(p);
        }
        List<ParsedData> parsedData = new ArrayList<>();
        for (SourceFile f : tree.value().ofKind(SourceFile.Kind.DATA)) data.get(f.path()).value().ifPresent(parsedData::add);
        Staged<ResolvedSite> r = SiteResolver.resolve(new ResolveInput(parsedPages, parsedData,
                tree.value().ofKind(SourceFile.Kind.STATIC), schemas.value(), config.value(), edition, options.drafts(),
                options.today(), git.value()));
        List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
        problems.addAll(Validator.validate(r.value()));
        resolveProblems = problems;
        resolved = r.value().withPages(r.value().pages().stream().map(p -> withBody(p, null)).toList());
        Map<String, Integer> byPath = new HashMap<>();
        for (Page p : resolved.pages()) byPath.put(p.path(), p.index());
        indexByPath = byPath;
    }

    /** A page with its parsed body (or its own, when {@code parsed} is null), as the build finishes runbooks. */
    private static Page withBody(Page page, ParsedPage parsed) {
        Page p = parsed == null ? page : page.withBody(parsed.body());
        return p.type().equals("runbook") ? p.withBody(RunbookChecklist.apply(p.body())) : p;
    }

    private record Rendered(Map<String, byte[]> files, List<Diagnostic> diagnostics) {
    }

    private Rendered render(SiteRenderer r, List<RenderInput> todo) {
        AtomicInteger done = new AtomicInteger();
        List<Staged<Optional<OutputFile>>> out = todo.parallelStream().map(in -> {
            Staged<Optional<OutputFile>> html = r.render(in);
            if (todo.size() > 1) progress.update("render", done.incrementAndGet(), todo.size());
            return html;
        }).toList();
        Map<String, byte[]> files = new HashMap<>();
        List<Diagnostic> diags = new ArrayList<>();
        for (Staged<Optional<OutputFile>> s : out) {
            diags.addAll(s.diagnostics());
            s.value().ifPresent(f -> files.put(f.path(), f.bytes()));
        }
        return new Rendered(files, diags);
    }

    private Optional<byte[]> staticBytes(String path, List<Diagnostic> problems) {
        byte[] cached = staticBytes.get(path);
        if (cached != null) return Optional.of(cached);
        SourceFile f = known.get(path);
        try {
            byte[] bytes = ContentLoader.readBytes(f);
            staticBytes.put(path, bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePos.file(f.displayPath()), "cannot read: %s", e.getMessage())
                    .withRule("source"));
            return Optional.empty();
        }
    }

    // ---- Results -------------------------------------------------------------------------------

    /** The problems that stop {@code handbook build} before it reads any content, if there are any. */
    private Optional<List<Diagnostic>> stoppedEarly() {
        List<Diagnostic> diags = new ArrayList<>(config.diagnostics());
        if (hasErrors(diags)) return Optional.of(sorted(diags));
        if (!editionProblems.isEmpty()) return Optional.of(sorted(editionProblems));
        diags.addAll(theme.diagnostics());
        if (theme.value().isEmpty()) return Optional.of(sorted(diags));
        return Optional.empty();
    }

    /** Every problem of the handbook up to rendering, as a build reports them, plus {@code more}. */
    private List<Diagnostic> diagnostics(List<Diagnostic> more) {
        List<Diagnostic> diags = new ArrayList<>(config.diagnostics());
        diags.addAll(theme.diagnostics());
        diags.addAll(tree.diagnostics());
        diags.addAll(schemas.diagnostics());
        diags.addAll(git.diagnostics());
        for (SourceFile f : tree.value().files()) {
            Staged<?> s = f.kind() == SourceFile.Kind.PAGE ? pages.get(f.path())
                    : f.kind() == SourceFile.Kind.DATA ? data.get(f.path()) : null;
            if (s != null) diags.addAll(s.diagnostics());
        }
        diags.addAll(resolveProblems);
        diags.addAll(more);
        return sorted(diags);
    }

    private Rebuild commit(Rebuild.Scope scope, SiteFiles next, java.util.Collection<String> changed,
                           java.util.Collection<String> removed, List<RenderInput> rendered, List<Diagnostic> collisions,
                           List<Diagnostic> diags, long start) {
        site = next;
        outputProblems = collisions;
        changedTemplates.clear();
        ok = true;
        broken = false;
        return new Rebuild(scope, diags, rendered.stream().map(RenderInput::outputPath).sorted().toList(),
                changed.stream().sorted().toList(), removed.stream().sorted().toList(), resolved.pages().size(),
                millisSince(start), next.version());
    }

    private Rebuild failed(Rebuild.Scope scope, List<Diagnostic> diags, long start) {
        ok = false;
        return new Rebuild(scope, diags, List.of(), List.of(), List.of(), resolved == null ? 0 : resolved.pages().size(),
                millisSince(start), site.version());
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diags) {
        List<Diagnostic> out = new ArrayList<>(diags);
        out.sort(Diagnostic.ORDER);
        return out;
    }

    private static boolean hasErrors(List<Diagnostic> diags) {
        return diags.stream().anyMatch(Diagnostic::isError);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private <T> T inPool(Supplier<T> work) {
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
