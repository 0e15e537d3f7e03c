package dev.handbook.pipeline;

import dev.handbook.check.ExternalChecker;
import dev.handbook.check.LinkCache;
import dev.handbook.check.Silencer;
import dev.handbook.check.SiteChecker;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Severity;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.source.CacheReader;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import dev.handbook.source.GitHistory;
import dev.handbook.validate.Validator;
import dev.handbook.scaffold.PageScaffold;
import dev.handbook.model.GitLog;
import dev.handbook.model.Messages;
import dev.handbook.model.TypeSchema;
import dev.handbook.write.CacheWriter;
import dev.handbook.write.LockedOutput;
import dev.handbook.write.SiteWriter;
import dev.handbook.write.Staging;
import dev.handbook.write.WriteFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Connects the stages: source, parse, resolve, render, write. {@link #check(BuildOptions, Progress)}
 * stops before rendering; {@link #build} goes on to write the site, and writes nothing at all when
 * any stage reported an error (or, with {@code --strict}, a warning).
 * {@link #check(BuildOptions, CheckOptions, Progress)} renders every page into memory instead of
 * writing it, and verifies the rendered site (links, anchors, images, ids, orphans, lint).
 *
 * <pre>{@code
 * BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")), Progress.NONE);
 * CheckResult c = Pipeline.check(BuildOptions.defaults(Path.of(".")), CheckOptions.defaults(), Progress.NONE);
 * }</pre>
 */
public final class Pipeline {
    private Pipeline() {
    }

    public static BuildResult build(BuildOptions options, Progress progress) {
        return run(options, progress, true);
    }

    /** Everything the build checks, without writing a site. */
    public static BuildResult check(BuildOptions options, Progress progress) {
        return run(options, progress, false);
    }

    /**
     * Everything the build checks, then the rendered site: every page is rendered in memory (the
     * output folder is never replaced) and read back to verify what a reader would trip over.
     */
    public static CheckResult check(BuildOptions options, CheckOptions checks, Progress progress) {
        Run run = new Run(options, progress);
        return onPool(options, () -> run.check(checks));
    }

    /**
     * {@code handbook new}: writes a new page of {@code type} named {@code slug} from the type's
     * schema and returns its path, relative to the root.
     */
    public static Staged<Optional<String>> scaffold(Path root, String type, String slug, LocalDate today) {
        List<Diagnostic> diags = new ArrayList<>();
        Staged<SiteConfig> config = ConfigLoader.load(root);
        diags.addAll(config.diagnostics());
        Staged<Optional<Theme>> theme = ThemeLoader.locate(root, config.value().theme());
        diags.addAll(theme.diagnostics());
        if (theme.value().isEmpty() || config.hasErrors()) return new Staged<>(Optional.empty(), diags);
        Staged<Map<String, TypeSchema>> schemas = BuildSteps.schemas(theme.value().get());
        diags.addAll(schemas.diagnostics());
        Staged<Optional<PageScaffold.Plan>> plan = PageScaffold.plan(root, config.value(), schemas.value(), type, slug,
                today);
        diags.addAll(plan.diagnostics());
        if (plan.value().isEmpty()) return new Staged<>(Optional.empty(), diags);
        try {
            PageScaffold.write(root, plan.value().get());
        } catch (IOException e) {
            diags.add(Diagnostic.error(SourcePos.file(plan.value().get().path()), "cannot write: %s", e.getMessage()));
            return new Staged<>(Optional.empty(), diags);
        }
        return new Staged<>(Optional.of(plan.value().get().path()), diags);
    }

    /**
     * The site's words for {@code config}'s language from {@code theme}, as a build gets them: for
     * code that runs stages on its own (benchmarks, tests of one stage).
     */
    public static Staged<Messages> messages(Theme theme, SiteConfig config) {
        return BuildSteps.messages(theme, config);
    }

    private static BuildResult run(BuildOptions options, Progress progress, boolean write) {
        Run run = new Run(options, progress);
        return onPool(options, () -> run.execute(write));
    }

    /** Runs {@code work} on a pool of the requested size, so parallel streams inside it use that many threads. */
    private static <T> T onPool(BuildOptions options, java.util.concurrent.Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return Pools.run(pool, work);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One build's state: its options, diagnostics and timings. Lives for one call. */
    private static final class Run {
        final BuildOptions options;
        final Progress progress;
        final List<Diagnostic> diags = new ArrayList<>();
        final Timings timings = new Timings();
        boolean usageError;
        int silenced;
        List<String> withheld = List.of();

        Run(BuildOptions options, Progress progress) {
            this.options = options;
            this.progress = progress;
        }

        /**
         * A build takes its output folder first, so a second build to the same folder is refused at
         * once, and a site a killed build left moved aside is back before anything can fail.
         */
        BuildResult execute(boolean write) {
            if (!write) return execute(Optional.empty());
            Optional<LockedOutput> output = keep(SiteWriter.lock(options.root(), options.outDir()));
            if (output.isEmpty()) return result(0, 0, false, true);
            try (LockedOutput locked = output.get()) {
                return execute(output);
            }
        }

        private BuildResult execute(Optional<LockedOutput> output) {
            Optional<Prepared> prepared = prepare(false);
            if (prepared.isEmpty()) return result(0, 0, false, true);
            ResolvedSite site = prepared.get().site();
            if (options.strict()) promoteWarnings();
            if (hasErrors() || output.isEmpty()) return result(0, 0, false, false);
            Theme theme = prepared.get().theme();
            Optional<SiteRenderer> renderer = keep(SiteRenderer.create(theme, prepared.get().config(), site.messages()));
            if (renderer.isEmpty()) return result(0, 0, false, false);
            Optional<Staging> staging = keep(output.get().open(options.force()));
            if (staging.isEmpty()) return result(0, 0, false, true);
            Written w = writeSite(site, renderer.get(), staging.get(), theme);
            return result(w.pages(), w.files(), w.committed(), false);
        }

        /** What every command needs before rendering. */
        private record Prepared(SiteConfig config, Theme theme, ResolvedSite site, Silencer silencer) {
        }

        /**
         * Configuration to resolved site, with silenced findings removed; empty when a usage or
         * configuration error stops the run.
         *
         * @param marks parse with source marks, so the check can map rendered HTML back to Markdown lines
         */
        private Optional<Prepared> prepare(boolean marks) {
            Path root = options.root();
            SiteConfig config = time("config", () -> keep(ConfigLoader.load(root)));
            if (hasErrors()) return Optional.empty();
            Staged<String> edition = keepStaged(BuildSteps.edition(config, options.audience()));
            if (edition.hasErrors()) return Optional.empty();
            Optional<Theme> theme = keep(ThemeLoader.locate(root, config.theme()));
            if (theme.isEmpty()) return Optional.empty();
            SourceTree tree = time("load", () -> keep(ContentLoader.list(root)));
            diags.addAll(BuildSteps.checkStatics(config, tree.ofKind(SourceFile.Kind.STATIC)));
            Map<String, TypeSchema> schemas = keep(BuildSteps.schemas(theme.get()));
            Messages messages = keep(BuildSteps.messages(theme.get(), config));
            GitLog git = time("git", () -> keep(GitHistory.read(root)));
            DocumentParser parser = new DocumentParser(ParseSettings.of(config, edition.value(), messages)
                    .withSourceMarks(marks));
            timings.declare("parse", BuildSteps.PARSE_STEPS);
            List<ParsedPage> pages = time("parse", () -> parsePages(parser, tree.ofKind(SourceFile.Kind.PAGE), marks));
            List<ParsedData> data = parseData(parser, tree.ofKind(SourceFile.Kind.DATA));
            progress.update("resolve", 0, 1);
            ResolvedSite resolved = time("resolve", () -> keep(SiteResolver.resolve(new ResolveInput(pages, data,
                    tree.ofKind(SourceFile.Kind.STATIC), schemas, config, edition.value(), options.drafts(), options.today(),
                    git, messages))));
            ResolvedSite site = keep(BuildSteps.finish(resolved));
            withheld = site.hidden().withheldFiles();
            BuildSteps.Silencing silencing = BuildSteps.silence(config, site.pages(), diags);
            silenced += silencing.silenced();
            List<Diagnostic> told = new ArrayList<>(Redaction.apply(diags, site, file -> tree.ofKind(SourceFile.Kind.PAGE).stream()
                    .filter(f -> f.displayPath().equals(file)).findFirst().map(f -> ContentLoader.readText(f).value())));
            diags.clear();
            diags.addAll(told);
            return Optional.of(new Prepared(config, theme.get(), site, silencing.silencer()));
        }

        CheckResult check(CheckOptions checks) {
            Optional<Prepared> prepared = prepare(true);
            if (prepared.isEmpty()) return checkResult(Optional.empty(), true);
            SiteConfig config = prepared.get().config();
            ResolvedSite site = prepared.get().site();
            Optional<SiteRenderer> renderer = keep(SiteRenderer.create(prepared.get().theme(), config, site.messages()));
            if (renderer.isEmpty()) return checkResult(Optional.empty(), false);
            SiteChecker checker = SiteChecker.start(site, prepared.get().silencer());
            List<Diagnostic> renderDiags = java.util.Collections.synchronizedList(new ArrayList<>());
            try {
                time("render+read", () -> SiteEmitter.emit(site, SiteEmitter.fresh(renderer.get(), prepared.get().theme()),
                        options.root(), SiteEmitter.into(checker), renderDiags, progress, "check"));
            } catch (UncheckedIOException e) {
                diags.add(Diagnostic.error(SourcePos.file("themes"), "cannot read the theme: %s", e.getMessage())
                        .withRule("theme"));
            }
            diags.addAll(renderDiags);
            Optional<ExternalChecker> external = checks.external() ? Optional.of(externalChecker(config, checks))
                    : Optional.empty();
            SiteChecker.Report report = time("check", () -> checker.finish(external));
            addFindings(report);
            if (checks.stale()) diags.addAll(Validator.stale(site));
            external.ifPresent(x -> diags.addAll(CacheWriter.save(options.root(), options.outDir(),
                    CheckOptions.CACHE_FILE, x.cache().format(checks.clock().instant(), config.check().external().cacheFor()))));
            if (options.strict()) promoteWarnings();
            return checkResult(Optional.of(report), false);
        }

        private ExternalChecker externalChecker(SiteConfig config, CheckOptions checks) {
            Path file = options.outDir().resolve(SiteWriter.CACHE_FOLDER).resolve(CheckOptions.CACHE_FILE);
            LinkCache cache = CacheReader.read(file).map(LinkCache::parse).orElseGet(LinkCache::empty);
            return new ExternalChecker(config.check().external(), config.editUrl(), cache, checks.clock());
        }

        /** The check's findings, without those an earlier stage already reported at the same place. */
        private void addFindings(SiteChecker.Report report) {
            java.util.Set<String> reported = new java.util.HashSet<>();
            for (Diagnostic d : diags) reported.add(d.pos() + " " + d.rule());
            for (Diagnostic d : report.findings()) {
                if (!reported.contains(d.pos() + " " + d.rule())) diags.add(d);
            }
            silenced += report.silenced();
        }

        private CheckResult checkResult(Optional<SiteChecker.Report> report, boolean usage) {
            List<Diagnostic> sorted = new ArrayList<>(diags);
            sorted.sort(Diagnostic.ORDER.thenComparing(Diagnostic::rule));
            return new CheckResult(sorted, report.map(SiteChecker.Report::pages).orElse(0),
                    report.map(SiteChecker.Report::files).orElse(0), silenced,
                    report.flatMap(SiteChecker.Report::external), timings.toMillis(), usage || usageError);
        }

        private List<ParsedPage> parsePages(DocumentParser parser, List<SourceFile> files, boolean marks) {
            List<Staged<Optional<ParsedPage>>> parsed = BuildSteps.parsePages(parser, files, options.threads(), marks,
                    timings, progress);
            List<ParsedPage> out = new ArrayList<>(parsed.size());
            for (Staged<Optional<ParsedPage>> p : parsed) {
                diags.addAll(p.diagnostics());
                p.value().ifPresent(out::add);
            }
            return out;
        }

        private List<ParsedData> parseData(DocumentParser parser, List<SourceFile> files) {
            List<ParsedData> out = new ArrayList<>();
            for (SourceFile f : files) keep(BuildSteps.parseData(parser, f)).ifPresent(out::add);
            return out;
        }

        /** What writing the site did; nothing is committed when rendering or writing failed. */
        private record Written(int pages, int files, boolean committed) {
            static final Written NOTHING = new Written(0, 0, false);
        }

        private Written writeSite(ResolvedSite site, SiteRenderer renderer, Staging staging, Theme theme) {
            List<Diagnostic> renderDiags = java.util.Collections.synchronizedList(new ArrayList<>());
            int total = site.pages().size();
            timings.declare("render+write", List.of("render", "write"));
            timings.declare("extras", List.of("search"));
            try {
                // Pages first, timed with their background writes; then every other file of the site.
                SiteEmitter.Maker maker = timed(SiteEmitter.fresh(renderer, theme));
                SiteEmitter.Sink sink = SiteEmitter.into(staging);
                time("render+write", () -> {
                    SiteEmitter.pages(site, maker, sink, renderDiags, progress, "render");
                    staging.finish();
                    return null;
                });
                timings.add("render+write", "write", staging.writeNanos());
                int files = total + time("extras", () -> SiteEmitter.rest(site, maker, options.root(), sink,
                        renderDiags, progress));
                renderDiags.addAll(staging.diagnostics());
                diags.addAll(renderDiags);
                diags.sort(Diagnostic.ORDER);
                if (hasErrors()) {
                    staging.abort();
                    return Written.NOTHING;
                }
                long commitStart = System.nanoTime();
                staging.commit();
                timings.record("commit", System.nanoTime() - commitStart);
                return new Written(total, files, true);
            } catch (WriteFailure e) {
                staging.abort();
                diags.add(Diagnostic.error(SourcePos.file(e.source()), "cannot write %s: %s", e.path(), e.reason())
                        .withRule("output"));
                return Written.NOTHING;
            } catch (IOException | UncheckedIOException e) {
                staging.abort();
                diags.add(Diagnostic.error(SourcePos.file(staging.target().toString()), "cannot write the site: %s",
                        e.getMessage()).withRule("output"));
                return Written.NOTHING;
            } catch (RuntimeException | Error e) {
                staging.abort();
                throw e;
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
                    return timings.step("render+write", "render", () -> maker.page(site, index));
                }

                @Override
                public SiteOutput themePages() {
                    return maker.themePages();
                }

                @Override
                public SiteOutput searchIndex() {
                    SiteOutput index = maker.searchIndex();
                    return (site, out) -> timings.step("extras", "search", () -> index.emit(site, out));
                }

                @Override
                public Map<String, Path> assets() {
                    return maker.assets();
                }
            };
        }

        private <T> T keep(Staged<T> staged) {
            diags.addAll(staged.diagnostics());
            return staged.value();
        }

        private <T> Staged<T> keepStaged(Staged<T> staged) {
            diags.addAll(staged.diagnostics());
            return staged;
        }

        private <T> T time(String stage, Supplier<T> work) {
            return timings.stage(stage, work);
        }

        private boolean hasErrors() {
            return diags.stream().anyMatch(Diagnostic::isError);
        }

        private void promoteWarnings() {
            diags.replaceAll(d -> d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d);
        }

        private BuildResult result(int pages, int files, boolean written, boolean usage) {
            if (options.strict()) promoteWarnings();
            List<Diagnostic> sorted = new ArrayList<>(diags);
            sorted.sort(Diagnostic.ORDER);
            return new BuildResult(sorted, pages, files, timings.toMillis(), written, usage || usageError,
                    options.outDir(), withheld);
        }
    }

    /** Pages that made it into a site, for callers that need the page list (tests, serve). */
    static List<Page> pages(ResolvedSite site) {
        return site.pages();
    }
}
