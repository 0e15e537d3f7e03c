package dev.handbook.incremental;

import dev.handbook.check.Silencer;
import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.parse.ParsedPage;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.pipeline.Pools;
import dev.handbook.pipeline.Progress;
import dev.handbook.pipeline.Redaction;
import dev.handbook.pipeline.SiteEmitter;
import dev.handbook.render.RenderInput;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.source.ContentLoader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

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
 * <p>The search index is the one file set that reads every page, so a rebuild keeps the index
 * it had, and {@link #updateSearch()} (which a server runs in the background once the edits pause)
 * brings it up to date; {@link #searchPending()} says whether it lags.
 *
 * <p>The site it holds ({@link #site()}) is always the last one that built without errors, and once
 * the search index is up to date it is byte for byte what {@code handbook build} writes for the same
 * tree; while the handbook has errors, {@link #last()} reports them. {@link #apply} and
 * {@link #updateSearch} may be called from two threads (an apply supersedes the index work under
 * way); {@link #site()} and {@link #last()} may be read from any thread.
 *
 * <pre>{@code
 * try (IncrementalBuild build = IncrementalBuild.start(options, Progress.NONE)) {
 *     Rebuild r = build.apply(Changes.of("content/roles/em.md"));
 *     byte[] html = build.site().get("roles/em/index.html").orElseThrow();
 *     build.updateSearch();  // the search index of the edited page's words
 * }
 * }</pre>
 */
public final class IncrementalBuild implements AutoCloseable {
    private final BuildOptions options;
    private final Progress progress;
    private final ForkJoinPool pool;
    /** Where the search index is made in the background: one thread fewer, so a rebuild keeps one for itself. */
    private final ForkJoinPool searchPool;

    /** What was read from disk, stage by stage, with each stage's problems. */
    private final SourceState in;
    private ResolvedSite resolved;
    private List<Diagnostic> resolveProblems = List.of();
    /** What handbook.yml and the pages' check_ignore silence, as of the last resolve. */
    private Silencer silencer = Silencer.none();
    private Map<String, Integer> indexByPath = Map.of();

    // The site last built without errors, what it was resolved to and what each of its HTML files
    // was rendered from.
    private Map<String, RenderInput> inputs = new HashMap<>();
    private List<Diagnostic> outputProblems = List.of();
    private volatile SiteFiles site = SiteFiles.EMPTY;
    private ResolvedSite built;
    private final ServedIndex index = new ServedIndex();
    /** Counts the calls of {@link #apply}, so index work under way knows a newer edit came. */
    private final AtomicLong applies = new AtomicLong();
    private volatile Rebuild last;
    /** The last build's problems before {@link Redaction}: a page's own are taken out of these and put back. */
    private List<Diagnostic> lastProblems = List.of();
    /** Whether the last build succeeded, so the site matches everything read. */
    private boolean ok;
    /** Set when a build stopped on an internal error: the next one reads everything again. */
    private boolean broken;

    private IncrementalBuild(BuildOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
        this.pool = new ForkJoinPool(options.threads());
        this.searchPool = new ForkJoinPool(Math.max(1, options.threads() - 1));
        this.in = new SourceState(options, progress);
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
        return in.edition;
    }

    /** The raw-HTML policy of handbook.yml as last read; serve's Content-Security-Policy follows it. */
    public RawHtmlPolicy rawHtml() {
        return in.config.value().rawHtml();
    }

    /**
     * Brings the site up to date with {@code changes} and says what that took; the search index may
     * lag until {@link #updateSearch()}.
     */
    public Rebuild apply(Changes changes) {
        applies.incrementAndGet();
        synchronized (this) {
            long start = System.nanoTime();
            Rebuild r;
            try {
                r = Pools.run(pool, () -> update(broken ? Changes.all() : changes, start));
            } catch (RuntimeException | Error e) {
                broken = true;
                ok = false;
                throw e;
            }
            last = r;
            return r;
        }
    }

    /** Whether the search index served lags the pages served; {@link #updateSearch()} catches it up. */
    public synchronized boolean searchPending() {
        return built != null && !index.isOf(built);
    }

    /**
     * Makes the search index of the pages served and serves it. The work runs without holding up
     * {@link #apply}, which may be called meanwhile from another thread: it then gives the work up,
     * since its own site needs a newer index.
     *
     * @return what changed (scope {@link Rebuild.Scope#SEARCH}), or empty when the index was up to
     *         date or an apply superseded the work
     */
    public Optional<Rebuild> updateSearch() {
        long start = System.nanoTime();
        long applied = applies.get();
        ResolvedSite target;
        synchronized (this) {
            if (!searchPending()) return Optional.empty();
            target = built;
        }
        List<OutputFile> files;
        try {
            files = Pools.run(searchPool, () -> index.make(target, () -> applies.get() != applied));
        } catch (CancellationException e) {
            return Optional.empty();
        }
        synchronized (this) {
            if (built != target) return Optional.empty();
            ServedIndex.Swap swap = index.swap(site, built, files);
            if (!swap.nothing()) site = site.with(site.version() + 1, swap.changed(), swap.removed());
            return Optional.of(new Rebuild(Rebuild.Scope.SEARCH, last.diagnostics(), List.of(),
                    List.copyOf(swap.changed().keySet()), List.copyOf(swap.removed()), built.pages().size(),
                    millisSince(start), site.version()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        searchPool.shutdownNow();
    }

    private Rebuild update(Changes changes, long start) {
        ChangePlan plan = ChangePlan.of(changes, options.root(), in.known, in.themeName());
        if (plan.nothing() && last != null) {
            return new Rebuild(Rebuild.Scope.NOTHING, last.diagnostics(), List.of(), List.of(), List.of(),
                    last.pages(), millisSince(start), site.version());
        }
        if (changes.everything()) in.forgetFiles();
        if (plan.full()) {
            in.readSettings();
        } else if (plan.theme()) {
            in.readTheme();
        }
        if (plan.full() || plan.relist()) in.relist();
        plan.data().forEach(in.data::remove);
        plan.statics().forEach(in.staticBytes::remove);
        Map<String, Staged<Optional<ParsedPage>>> before = new HashMap<>();
        for (String p : plan.pages()) before.put(p, in.pages.remove(p));
        boolean textOnly = ok && !plan.full() && !plan.theme() && !plan.relist() && plan.data().isEmpty()
                && !index.neededAtOnce(resolved, in.assetFiles.keySet());
        if (textOnly && in.stoppedEarly().isEmpty()) {
            in.parseMissing();
            // A page this edition leaves out can still keep a file out of it (see PageAssembler.statics):
            // its text changing is resolved again.
            if (plan.pages().stream().allMatch(p -> PageEdits.sameShape(before.get(p), in.pages.get(p))
                    && (indexByPath.containsKey(p) || PageEdits.sameBody(before.get(p), in.pages.get(p)))
                    && !BuildSteps.guarded(resolved, before.get(p).value().orElseThrow().body())
                    && !BuildSteps.guarded(resolved, in.pages.get(p).value().orElseThrow().body()))) {
                return renderPages(plan, before, start);
            }
        }
        return resolveAndRender(plan.full() ? Rebuild.Scope.FULL : Rebuild.Scope.SITE, start);
    }

    // ---- Building ------------------------------------------------------------------------------

    /** Only page text changed: swap the new bodies into the resolved site and render those pages. */
    private Rebuild renderPages(ChangePlan plan, Map<String, Staged<Optional<ParsedPage>>> before, long start) {
        List<Page> list = new ArrayList<>(resolved.pages());
        List<Integer> touched = new ArrayList<>();
        for (String path : plan.pages()) {
            Integer i = indexByPath.get(path);
            if (i == null) continue; // a page this edition leaves out: nothing to render
            list.set(i, withBody(list.get(i), in.pages.get(path).value().orElseThrow()));
            touched.add(i);
        }
        if (!touched.isEmpty()) resolved = resolved.withPages(list);
        List<Diagnostic> diags = new ArrayList<>(lastProblems); // the last build's, which had no errors
        for (String path : plan.pages()) {
            before.get(path).diagnostics().forEach(diags::remove);
            in.pages.get(path).diagnostics().stream().filter(d -> !silencer.silences(d)).forEach(diags::add);
        }
        diags.sort(Diagnostic.ORDER);
        if (hasErrors(diags)) return failed(Rebuild.Scope.PAGES, diags, start);
        SiteRenderer r = in.renderer.value().orElseThrow();
        List<RenderInput> todo = touched.stream().map(i -> r.pageInput(resolved, i)).toList();
        PageEdits.Rendered out = PageEdits.render(r, todo, progress);
        Map<String, byte[]> changed = new HashMap<>(out.files());
        Set<String> visibleStatics = new HashSet<>();
        for (StaticFile s : resolved.statics()) visibleStatics.add(s.path());
        List<Diagnostic> readProblems = new ArrayList<>(out.diagnostics());
        for (String path : plan.statics()) {
            if (visibleStatics.contains(path)) in.staticBytes(path, readProblems).ifPresent(b -> changed.put(path, b));
        }
        if (!readProblems.isEmpty()) {
            diags.addAll(readProblems);
            diags.sort(Diagnostic.ORDER);
            if (hasErrors(diags)) return failed(Rebuild.Scope.PAGES, diags, start);
        }
        changed.entrySet().removeIf(e -> site.get(e.getKey()).filter(old -> Arrays.equals(old, e.getValue())).isPresent());
        SiteFiles next = changed.isEmpty() ? site : site.with(site.version() + 1, changed, Set.of());
        for (RenderInput input : todo) inputs.put(input.outputPath(), input);
        return commit(Rebuild.Scope.PAGES, next, changed.keySet(), List.of(),
                todo.stream().map(RenderInput::outputPath).toList(), outputProblems, diags, start);
    }

    /** Resolves the site again and renders every file whose input, or whose templates, changed. */
    private Rebuild resolveAndRender(Rebuild.Scope scope, long start) {
        Optional<List<Diagnostic>> early = in.stoppedEarly();
        if (early.isPresent()) return failed(scope, early.get(), start);
        in.parseMissing();
        Resolution resolution = Resolution.of(in, options);
        resolved = resolution.site();
        resolveProblems = resolution.problems();
        indexByPath = resolution.indexByPath();
        List<Diagnostic> diags = new ArrayList<>(in.diagnostics(resolveProblems));
        silencer = BuildSteps.silence(in.config.value(), resolved.pages(), diags).silencer();
        if (hasErrors(diags)) return failed(scope, sorted(diags), start);
        diags.addAll(in.renderer.diagnostics());
        if (in.renderer.value().isEmpty()) return failed(scope, sorted(diags), start);
        boolean indexNow = index.neededAtOnce(resolved, in.assetFiles.keySet());
        List<List<OutputFile>> madeIndex = new ArrayList<>(1);
        InMemorySite pass = new InMemorySite(in.renderer.value().get(), inputs, in.changedTemplates, site, in, s -> {
            if (!indexNow) return index.files();
            madeIndex.add(index.make(s, () -> false));
            return madeIndex.get(0);
        });
        List<Diagnostic> renderDiags = Collections.synchronizedList(new ArrayList<>());
        SiteEmitter.emit(resolved, pass, options.root(), pass, renderDiags, progress, "render");
        diags.addAll(renderDiags);
        diags.addAll(in.themeAssets.diagnostics());
        List<Diagnostic> problems = pass.problems();
        diags.addAll(problems);
        if (hasErrors(diags)) return failed(scope, sorted(diags), start);
        Map<String, byte[]> next = pass.files();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : next.entrySet()) {
            byte[] old = site.get(e.getKey()).orElse(null);
            if (old != e.getValue() && (old == null || !Arrays.equals(old, e.getValue()))) changed.add(e.getKey());
        }
        List<String> removed = new ArrayList<>();
        for (String path : site.files().keySet()) if (!next.containsKey(path)) removed.add(path);
        boolean same = changed.isEmpty() && removed.isEmpty();
        inputs = new HashMap<>(pass.inputs());
        if (indexNow) index.served(resolved, madeIndex.get(0));
        return commit(scope, same ? site : SiteFiles.of(site.version() + 1, next), changed, removed, pass.rendered(),
                problems, sorted(diags), start);
    }

    /** A page with a new parsed body, as the build finishes it. */
    private Page withBody(Page page, ParsedPage parsed) {
        return BuildSteps.finish(page.withBody(parsed.body()));
    }

    // ---- Results -------------------------------------------------------------------------------

    private Rebuild commit(Rebuild.Scope scope, SiteFiles next, java.util.Collection<String> changed,
                           java.util.Collection<String> removed, List<String> rendered, List<Diagnostic> collisions,
                           List<Diagnostic> all, long start) {
        lastProblems = List.copyOf(all);
        List<Diagnostic> diags = told(all);
        site = next;
        built = resolved;
        outputProblems = collisions;
        in.changedTemplates.clear();
        ok = true;
        broken = false;
        return new Rebuild(scope, diags, rendered.stream().sorted().toList(),
                changed.stream().sorted().toList(), removed.stream().sorted().toList(), resolved.pages().size(),
                millisSince(start), next.version());
    }

    private Rebuild failed(Rebuild.Scope scope, List<Diagnostic> all, long start) {
        ok = false;
        List<Diagnostic> diags = told(all);
        return new Rebuild(scope, diags, List.of(), List.of(), List.of(), resolved == null ? 0 : resolved.pages().size(),
                millisSince(start), site.version());
    }

    /** The problems as a build of this edition tells them (see {@link Redaction}). */
    private List<Diagnostic> told(List<Diagnostic> diags) {
        if (resolved == null) return diags;
        return Redaction.apply(diags, resolved, file -> file.startsWith("content/")
                ? Optional.ofNullable(in.known.get(file.substring("content/".length())))
                .map(f -> ContentLoader.readText(f).value()) : Optional.empty());
    }

    static List<Diagnostic> sorted(List<Diagnostic> diags) {
        List<Diagnostic> out = new ArrayList<>(diags);
        out.sort(Diagnostic.ORDER);
        return out;
    }

    static boolean hasErrors(List<Diagnostic> diags) {
        return diags.stream().anyMatch(Diagnostic::isError);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
