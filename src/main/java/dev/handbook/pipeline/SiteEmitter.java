package dev.handbook.pipeline;

import dev.handbook.calendar.RitualCalendar;
import dev.handbook.check.SiteChecker;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.render.SiteRenderer;
import dev.handbook.search.SearchIndex;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.sitemap.SitemapBuilder;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import dev.handbook.write.Staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes every file of the site (rendered pages, the site's own pages, sitemap.xml, theme assets and
 * static files) and hands each to a {@link Sink}: the staging folder of a build, or the reader of
 * {@code handbook check}. Build and check share it, so the check sees exactly what a build writes.
 */
final class SiteEmitter {
    /** Where the files go. Called from many threads. */
    interface Sink {
        void page(Page page, OutputFile file);

        void put(OutputFile file, String source);

        void copy(String path, Path from, String source);
    }

    private SiteEmitter() {
    }

    /**
     * Hands every file of the site to {@code sink}; returns how many there are.
     *
     * @param renderDiags receives the renderer's diagnostics; must be thread-safe
     * @param stage       the name progress reports for the page rendering
     */
    static int emit(ResolvedSite site, SiteRenderer renderer, Theme theme, Path root, Sink sink,
                    List<Diagnostic> renderDiags, Progress progress, String stage) {
        AtomicInteger done = new AtomicInteger();
        int total = site.pages().size();
        site.pages().parallelStream().forEach(p -> {
            Staged<Optional<OutputFile>> html = renderer.renderPage(site, p.index());
            renderDiags.addAll(html.diagnostics());
            html.value().ifPresent(f -> sink.page(p, f));
            progress.update(stage, done.incrementAndGet(), total);
        });
        int files = total;
        Staged<List<OutputFile>> extras = renderer.renderExtras(site);
        renderDiags.addAll(extras.diagnostics());
        for (OutputFile f : extras.value()) {
            sink.put(f, "(generated) " + f.path());
            files++;
        }
        sink.put(SitemapBuilder.build(site), "(generated) sitemap.xml");
        files++;
        progress.update("search index", 0, 1);
        List<OutputFile> index = SearchIndex.build(site);
        index.parallelStream().forEach(f -> sink.put(f, "(generated) " + f.path()));
        files += index.size();
        progress.update("search index", 1, 1);
        Optional<OutputFile> calendar = RitualCalendar.build(site);
        if (calendar.isPresent()) {
            sink.put(calendar.get(), "(generated) " + RitualCalendar.PATH);
            files++;
        }
        for (Map.Entry<String, Path> asset : assets(theme).entrySet()) {
            sink.copy(asset.getKey(), asset.getValue(), "theme " + asset.getKey());
            files++;
        }
        for (StaticFile s : site.statics()) {
            sink.copy(s.path(), root.resolve(ContentLoader.CONTENT).resolve(s.path()), s.displayPath());
            files++;
        }
        return files;
    }

    private static Map<String, Path> assets(Theme theme) {
        try {
            return ThemeLoader.staticFiles(theme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build's sink: files go into the staging folder. */
    static Sink into(Staging staging) {
        return new Sink() {
            @Override
            public void page(Page page, OutputFile file) {
                staging.put(file, page.displayPath());
            }

            @Override
            public void put(OutputFile file, String source) {
                staging.put(file, source);
            }

            @Override
            public void copy(String path, Path from, String source) {
                staging.copy(path, from, source);
            }
        };
    }

    /** The check's sink: pages are read, other files only counted as present; nothing is written. */
    static Sink into(SiteChecker checker) {
        return new Sink() {
            @Override
            public void page(Page page, OutputFile file) {
                checker.page(page, file);
            }

            @Override
            public void put(OutputFile file, String source) {
                checker.generated(file);
            }

            @Override
            public void copy(String path, Path from, String source) {
                checker.file(path);
            }
        };
    }
}
