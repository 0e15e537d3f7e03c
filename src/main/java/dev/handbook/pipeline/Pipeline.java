package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.Hash;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.render.RenderInput;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;
import dev.handbook.search.SearchOutput;
import dev.handbook.search.SearchMemo;
import dev.handbook.source.Theme;
import dev.handbook.write.LockedOutput;
import dev.handbook.write.SiteWriter;
import dev.handbook.write.Staging;
import dev.handbook.write.WriteFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;

/**
 * The clean build: source, parse, resolve, validate, render, site outputs, write.
 * {@link #build} writes the site, and writes nothing at all when any stage reported an error (or,
 * with {@code --strict}, a warning); {@link #check} stops before rendering. {@link CheckRun} renders
 * into memory and reads the site back, {@link Scaffolding} makes a new page, and
 * {@code dev.handbook.incremental} keeps a build in memory for serve.
 *
 * <pre>{@code
 * BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")), Progress.NONE);
 * }</pre>
 */
public final class Pipeline {
    private final Run run;
    /** The site this build committed, where the build cache finds the files it keeps. */
    private Optional<Path> committed = Optional.empty();

    private Pipeline(Run run) {
        this.run = run;
    }

    public static BuildResult build(BuildOptions options, Progress progress) {
        Run run = new Run(options, progress);
        run.cacheWanted = true;
        Pipeline pipeline = new Pipeline(run);
        return Run.onPool(options, () -> pipeline.execute(true));
    }

    /** Everything the build checks, without rendering or writing a site. */
    public static BuildResult check(BuildOptions options, Progress progress) {
        Pipeline pipeline = new Pipeline(new Run(options, progress));
        return Run.onPool(options, () -> pipeline.execute(false));
    }

    /**
     * A build takes its output folder first, so a second build to the same folder is refused at
     * once, and a site a killed build left moved aside is back before anything can fail.
     */
    private BuildResult execute(boolean write) {
        if (!write) return execute(Optional.empty());
        Optional<LockedOutput> output = run.keep(SiteWriter.lock(run.options.root(), run.options.outDir()));
        if (output.isEmpty()) return result(Written.NOTHING, true);
        try (LockedOutput locked = output.get()) {
            return execute(output);
        }
    }

    private BuildResult execute(Optional<LockedOutput> output) {
        Optional<Run.Prepared> prepared = run.prepare(false);
        if (prepared.isEmpty()) return result(Written.NOTHING, true);
        ResolvedSite site = prepared.get().site();
        if (run.options.strict()) run.promoteWarnings();
        if (run.hasErrors() || output.isEmpty()) return result(Written.NOTHING, false);
        Theme theme = prepared.get().theme();
        Optional<SiteRenderer> renderer = run.keep(SiteRenderer.create(theme, prepared.get().config(), site.messages()));
        if (renderer.isEmpty()) return result(Written.NOTHING, false);
        Optional<Staging> staging = run.keep(output.get().open(run.options.force(), run.cache.map(BuildCache::spareSite)));
        if (staging.isEmpty()) return result(Written.NOTHING, true);
        return result(writeSite(site, renderer.get(), staging.get(), theme), false);
    }

    /** What writing the site did; nothing is committed when rendering or writing failed. */
    private record Written(int pages, int files, boolean committed) {
        static final Written NOTHING = new Written(0, 0, false);
    }

    private Written writeSite(ResolvedSite site, SiteRenderer renderer, Staging staging, Theme theme) {
        try {
            Written w = render(site, renderer, staging, theme);
            if (!w.committed()) {
                staging.abort();
                return Written.NOTHING;
            }
            long commitStart = System.nanoTime();
            staging.commit();
            committed = Optional.of(staging.target());
            run.timings.record("commit", System.nanoTime() - commitStart);
            return w;
        } catch (WriteFailure e) {
            staging.abort();
            run.diags.add(Diagnostic.error(SourcePos.file(e.source()), "cannot write %s: %s", e.path(), e.reason())
                    .withRule("output"));
            return Written.NOTHING;
        } catch (IOException | UncheckedIOException e) {
            staging.abort();
            run.diags.add(Diagnostic.error(SourcePos.file(staging.target().toString()), "cannot write the site: %s",
                    e.getMessage()).withRule("output"));
            return Written.NOTHING;
        } catch (RuntimeException | Error e) {
            staging.abort();
            throw e;
        }
    }

    /**
     * Every file of the site into {@code staging}: pages first, timed with their background writes,
     * then every other file. Not committed (and nothing to commit) when any problem is an error.
     */
    private Written render(ResolvedSite site, SiteRenderer renderer, Staging staging, Theme theme) {
        List<Diagnostic> renderDiags = Collections.synchronizedList(new ArrayList<>());
        int total = site.pages().size();
        run.timings.declare("render+write", List.of("render", "write"));
        run.timings.declare("extras", List.of("search"));
        SiteEmitter.Maker maker = timed(cached(SiteEmitter.fresh(renderer, theme), renderer, staging));
        SiteEmitter.Sink sink = SiteEmitter.into(staging);
        // When pages come from the cache, placing them waits on the disk, not the processor: the
        // search index and the other files are made meanwhile, on the same pool.
        Optional<ForkJoinTask<Integer>> extras = run.toRender.map(r -> ForkJoinTask.adapt(() -> run.time("extras",
                () -> SiteEmitter.rest(site, maker, run.options.root(), sink, renderDiags, run.progress))).fork());
        try {
            run.time("render+write", () -> {
                SiteEmitter.pages(site, maker, sink, renderDiags, run.progress, "render");
                staging.finish();
                return total;
            });
        } catch (RuntimeException | Error e) {
            extras.ifPresent(Pipeline::settle); // nothing may write into the staging folder once it is dropped
            throw e;
        }
        run.timings.add("render+write", "write", staging.writeNanos());
        int files = total + (extras.isPresent() ? extras.get().join() : run.time("extras", () -> SiteEmitter.rest(site,
                maker, run.options.root(), sink, renderDiags, run.progress)));
        renderDiags.addAll(staging.diagnostics());
        run.diags.addAll(renderDiags);
        run.diags.sort(Diagnostic.ORDER);
        return run.hasErrors() ? Written.NOTHING : new Written(total, files, true);
    }

    /** Waits for {@code task} to end, whatever it ends with: the build already failed. */
    private static void settle(ForkJoinTask<?> task) {
        try {
            task.join();
        } catch (RuntimeException | Error ignored) {
            // the first failure is the one reported
        }
    }

    /**
     * {@code maker} with its time in the profile: each page's rendering in the render+write/render
     * step, building the search index in the extras/search step.
     */
    private SiteEmitter.Maker timed(SiteEmitter.Maker maker) {
        return new SiteEmitter.Maker() {
            @Override
            public Staged<Optional<OutputFile>> page(ResolvedSite site, int index) {
                return run.timings.step("render+write", "render", () -> maker.page(site, index));
            }

            @Override
            public SiteOutput themePages() {
                return maker.themePages();
            }

            @Override
            public SiteOutput searchIndex() {
                SiteOutput index = maker.searchIndex();
                return (site, out) -> run.timings.step("extras", "search", () -> index.emit(site, out));
            }

            @Override
            public Map<String, Path> assets() {
                return maker.assets();
            }
        };
    }

    /**
     * {@code maker} through the build cache: a page whose render input an earlier build rendered
     * is that build's file, linked into {@code staging} here (so the maker gives no bytes to write),
     * with that build's problems; any other is rendered and kept. A page {@link ViewReuse} found
     * unchanged is taken without building its input. The search index counts the terms of pages
     * whose text the cache does not know.
     */
    private SiteEmitter.Maker cached(SiteEmitter.Maker maker, SiteRenderer renderer, Staging staging) {
        if (run.cache.isEmpty()) return maker;
        BuildCache cache = run.cache.get();
        return new SiteEmitter.Maker() {
            @Override
            public Staged<Optional<OutputFile>> page(ResolvedSite site, int index) {
                Page page = site.page(index);
                if (run.toRender.isPresent() && !run.toRender.get().contains(page.path())) {
                    Optional<Hash> was = cache.previousOutput(page.outputPath());
                    Optional<BuildCache.CachedFile> hit = was.flatMap(cache::output);
                    if (hit.isPresent()) {
                        cache.noteOutput(page.outputPath(), was.get(), true);
                        return linked(page, hit.get());
                    }
                }
                RenderInput input = renderer.pageInput(site, index);
                Optional<Hash> key = cache.outputKey(input);
                key.ifPresent(k -> cache.noteOutput(input.outputPath(), k, false));
                Optional<BuildCache.CachedFile> hit = key.flatMap(cache::output);
                if (hit.isPresent()) return linked(page, hit.get());
                Staged<Optional<OutputFile>> made = renderer.render(input);
                if (key.isPresent() && made.value().isPresent()) {
                    cache.keepOutput(key.get(), made.value().get().path(), made.diagnostics());
                }
                return made;
            }

            /** The cache's file for {@code page}, linked into the staging folder: no bytes to write, that build's problems. */
            private Staged<Optional<OutputFile>> linked(Page page, BuildCache.CachedFile file) {
                staging.linkLater(page.outputPath(), file.file(), page.displayPath());
                return new Staged<>(Optional.empty(), file.diagnostics());
            }

            @Override
            public SiteOutput themePages() {
                return maker.themePages();
            }

            @Override
            public SiteOutput searchIndex() {
                return new SearchOutput(new SearchMemo() {
                    @Override
                    public Optional<byte[]> find(Kind kind, byte[] input) {
                        return cache.search(cache.searchKey(kind.ordinal(), input));
                    }

                    @Override
                    public void keep(Kind kind, byte[] input, byte[] made) {
                        cache.keepSearch(cache.searchKey(kind.ordinal(), input), made);
                    }
                });
            }

            @Override
            public Map<String, Path> assets() {
                return maker.assets();
            }
        };
    }

    private BuildResult result(Written written, boolean usage) {
        Optional<BuildCache.Stats> cacheStats = run.cache.map(BuildCache::stats);
        if (run.cache.isPresent()) {
            BuildCache cache = run.cache.get();
            run.diags.addAll(run.time("cache", () -> cache.save(committed)));
            run.cache = Optional.empty();
        }
        if (run.options.strict()) run.promoteWarnings();
        List<Diagnostic> sorted = new ArrayList<>(run.diags);
        sorted.sort(Diagnostic.ORDER);
        return new BuildResult(sorted, written.pages(), written.files(), run.timings.toMillis(), written.committed(),
                usage, run.options.outDir(), run.withheld, cacheStats);
    }
}
