package dev.handbook.pipeline;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Severity;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.postprocess.HtmlSanitizer;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.sitemap.SitemapBuilder;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import dev.handbook.write.SiteWriter;
import dev.handbook.write.Staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Connects the stages: source, parse, resolve, render, write. {@link #check} stops before
 * rendering; {@link #build} goes on to write the site, and writes nothing at all when any stage
 * reported an error (or, with {@code --strict}, a warning).
 *
 * <pre>{@code
 * BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")), Progress.NONE);
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

    private static BuildResult run(BuildOptions options, Progress progress, boolean write) {
        Run run = new Run(options, progress);
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return pool.submit(() -> run.execute(write)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
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

        Run(BuildOptions options, Progress progress) {
            this.options = options;
            this.progress = progress;
        }

        BuildResult execute(boolean write) {
            Path root = options.root();
            SiteConfig config = time("config", () -> keep(ConfigLoader.load(root)));
            if (hasErrors()) return result(0, 0, false, true);
            String edition = options.audience().orElse(config.widestAudience());
            if (!config.audiences().contains(edition)) {
                diags.add(Diagnostic.error(SourcePos.file(SiteConfig.FILE_NAME), "unknown audience '%s'%s", edition,
                        dev.handbook.diag.Suggestions.didYouMean(edition, config.audiences()))
                        .withHint("audiences in handbook.yml: " + String.join(", ", config.audiences())).withRule("usage"));
                return result(0, 0, false, true);
            }
            Optional<Theme> theme = keep(ThemeLoader.locate(root, config.theme()));
            if (theme.isEmpty()) return result(0, 0, false, true);
            SourceTree tree = time("load", () -> keep(ContentLoader.list(root)));
            DocumentParser parser = new DocumentParser(ParseSettings.of(config, edition));
            timings.declare("parse", List.of("read", "markdown", "sanitize"));
            List<ParsedPage> pages = time("parse", () -> parsePages(parser, tree.ofKind(SourceFile.Kind.PAGE)));
            List<ParsedData> data = parseData(parser, tree.ofKind(SourceFile.Kind.DATA));
            ResolvedSite site = time("resolve", () -> keep(SiteResolver.resolve(new ResolveInput(pages, data,
                    tree.ofKind(SourceFile.Kind.STATIC), config, edition, options.drafts()))));
            if (options.strict()) promoteWarnings();
            if (hasErrors() || !write) return result(0, 0, false, false);
            Optional<SiteRenderer> renderer = keep(SiteRenderer.create(theme.get(), config));
            if (renderer.isEmpty()) return result(0, 0, false, false);
            Optional<Staging> staging = keep(SiteWriter.open(root, options.outDir(), options.force()));
            if (staging.isEmpty()) return result(0, 0, false, true);
            timings.declare("render+write", List.of("render", "write"));
            Written w = writeSite(site, renderer.get(), staging.get(), theme.get());
            return result(w.pages(), w.files(), w.committed(), false);
        }

        private List<ParsedPage> parsePages(DocumentParser parser, List<SourceFile> files) {
            AtomicInteger done = new AtomicInteger();
            List<Staged<ParsedPage>> parsed = files.parallelStream().map(f -> {
                Staged<String> text = timings.step("parse", "read", () -> ContentLoader.readText(f));
                Staged<ParsedPage> page = text.hasErrors()
                        ? new Staged<>(null, text.diagnostics())
                        : timings.step("parse", "markdown", () -> text.then(t -> parser.parsePage(f.path(), f.displayPath(), t)))
                        .map(p -> timings.step("parse", "sanitize", () -> p.withBody(HtmlSanitizer.clean(p.body()))));
                progress.update("parse", done.incrementAndGet(), files.size());
                return page;
            }).toList();
            List<ParsedPage> out = new ArrayList<>(parsed.size());
            for (Staged<ParsedPage> p : parsed) {
                diags.addAll(p.diagnostics());
                if (p.value() != null) out.add(p.value());
            }
            return out;
        }

        private List<ParsedData> parseData(DocumentParser parser, List<SourceFile> files) {
            List<ParsedData> out = new ArrayList<>();
            for (SourceFile f : files) {
                Staged<String> text = keepStaged(ContentLoader.readText(f));
                if (text.hasErrors()) continue;
                keep(parser.parseData(f.path(), f.displayPath(), text.value())).ifPresent(out::add);
            }
            return out;
        }

        /** What writing the site did; nothing is committed when rendering or writing failed. */
        private record Written(int pages, int files, boolean committed) {
            static final Written NOTHING = new Written(0, 0, false);
        }

        private Written writeSite(ResolvedSite site, SiteRenderer renderer, Staging staging, Theme theme) {
            List<Diagnostic> renderDiags = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            int total = site.pages().size();
            try {
                time("render+write", () -> {
                    site.pages().parallelStream().forEach(p -> {
                        Staged<Optional<OutputFile>> html = timings.step("render+write", "render",
                                () -> renderer.renderPage(site, p.index()));
                        renderDiags.addAll(html.diagnostics());
                        html.value().ifPresent(f -> staging.putLater(f, p.displayPath()));
                        progress.update("render", done.incrementAndGet(), total);
                    });
                    staging.finish();
                    return null;
                });
                timings.add("render+write", "write", staging.writeNanos());
                long extrasStart = System.nanoTime();
                int files = total + writeExtras(site, renderer, staging, theme, renderDiags);
                timings.record("extras", System.nanoTime() - extrasStart);
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

        /** The site's own pages, the sitemap, the theme's assets and static files; returns how many files. */
        private int writeExtras(ResolvedSite site, SiteRenderer renderer, Staging staging, Theme theme,
                                List<Diagnostic> renderDiags) throws IOException {
            int files = 0;
            Staged<List<OutputFile>> extras = renderer.renderExtras(site);
            renderDiags.addAll(extras.diagnostics());
            for (OutputFile f : extras.value()) {
                staging.put(f, "(generated) " + f.path());
                files++;
            }
            staging.put(SitemapBuilder.build(site), "(generated) sitemap.xml");
            files++;
            for (Map.Entry<String, Path> asset : ThemeLoader.staticFiles(theme).entrySet()) {
                staging.copy(asset.getKey(), asset.getValue(), "theme " + asset.getKey());
                files++;
            }
            for (StaticFile s : site.statics()) {
                staging.copy(s.path(), options.root().resolve(ContentLoader.CONTENT).resolve(s.path()), s.displayPath());
                files++;
            }
            return files;
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
                    options.outDir());
        }
    }

    /** Pages that made it into a site, for callers that need the page list (tests, serve). */
    static List<Page> pages(ResolvedSite site) {
        return site.pages();
    }
}
