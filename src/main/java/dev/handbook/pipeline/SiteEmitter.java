package dev.handbook.pipeline;

import dev.handbook.check.SiteChecker;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;
import dev.handbook.search.SearchOutput;
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
 * Every file of the site, in the order a build claims their paths: rendered pages, then the
 * site-wide outputs {@link SiteOutputs} lists (the site's own pages, sitemap.xml, the search index,
 * rituals.ics, recent.xml), then theme assets and static files. Each file is made by a {@link Maker} and handed to a {@link Sink}: a build renders
 * everything into its staging folder, {@code handbook check} reads what it renders, and
 * {@code dev.handbook.incremental} renders only what changed into memory. All three share this list, so
 * the check and serve see exactly the files a build writes.
 */
public final class SiteEmitter {
    /** How the files are made: all afresh for a build ({@link #fresh}), mostly kept for serve. Called from many threads. */
    public interface Maker {
        /** The HTML of page {@code index}. */
        Staged<Optional<OutputFile>> page(ResolvedSite site, int index);

        /** The site's own pages, rendered with the theme: 404, the tag index, one page per tag, redirects. */
        SiteOutput themePages();

        /** The files of {@code search-index/}, handed on from many threads. */
        SiteOutput searchIndex();

        /** The theme's static files, by their path in the site. */
        Map<String, Path> assets();
    }

    /** Where the files go. Called from many threads. */
    public interface Sink {
        void page(Page page, OutputFile file);

        /** A file the site makes itself: a generated page, sitemap.xml, the search index, rituals.ics. */
        void generated(OutputFile file);

        /** A static file of the theme, copied as it is. */
        void asset(String path, Path from);

        /** A static file of content/, copied as it is. */
        void staticFile(StaticFile file, Path from);
    }

    private SiteEmitter() {
    }

    /**
     * Hands every file of the site to {@code sink}; returns how many there are.
     *
     * @param renderDiags receives the renderer's diagnostics; must be thread-safe
     * @param stage       the name progress reports for the page rendering
     */
    public static int emit(ResolvedSite site, Maker maker, Path root, Sink sink, List<Diagnostic> renderDiags,
                    Progress progress, String stage) {
        int files = pages(site, maker, sink, renderDiags, progress, stage);
        return files + rest(site, maker, root, sink, renderDiags, progress);
    }

    /**
     * The first part of {@link #emit}: the rendered pages, in parallel; returns how many pages there
     * are. A caller that times the two parts apart calls this and then {@link #rest}.
     */
    static int pages(ResolvedSite site, Maker maker, Sink to, List<Diagnostic> renderDiags, Progress progress,
                     String stage) {
        Sink sink = guarded(to, renderDiags);
        AtomicInteger done = new AtomicInteger();
        int total = site.pages().size();
        site.pages().parallelStream().forEach(p -> {
            Staged<Optional<OutputFile>> html;
            try {
                html = maker.page(site, p.index());
            } catch (OutOfMemoryError e) {
                html = new Staged<>(Optional.empty(), List.of(BuildSteps.outOfMemory(p.displayPath(), "rendering this page")));
            }
            renderDiags.addAll(html.diagnostics());
            html.value().ifPresent(f -> sink.page(p, f));
            progress.update(stage, done.incrementAndGet(), total);
        });
        return total;
    }

    /**
     * The second part of {@link #emit}: every file after the pages (the site-wide outputs of
     * {@link SiteOutputs}, theme assets, static files); returns how many.
     */
    static int rest(ResolvedSite site, Maker maker, Path root, Sink to, List<Diagnostic> renderDiags,
                    Progress progress) {
        Sink sink = guarded(to, renderDiags);
        AtomicInteger generated = new AtomicInteger();
        for (SiteOutput output : SiteOutputs.list(maker, progress)) {
            renderDiags.addAll(output.emit(site, f -> {
                sink.generated(f);
                generated.incrementAndGet();
            }));
        }
        int files = generated.get();
        for (Map.Entry<String, Path> asset : maker.assets().entrySet()) {
            sink.asset(asset.getKey(), asset.getValue());
            files++;
        }
        for (StaticFile s : site.statics()) {
            sink.staticFile(s, root.resolve(ContentLoader.CONTENT).resolve(s.path()));
            files++;
        }
        return files;
    }

    /** Bytes of UTF-8 a file system takes in one name of a path. */
    static final int MAX_NAME_BYTES = 255;

    /**
     * {@code sink} without the files whose path has a name no file system takes: each is an error
     * naming where it came from. Build, check and serve all pass through here, so check fails
     * where a build would fail to write.
     */
    static Sink guarded(Sink sink, List<Diagnostic> diags) {
        return new Sink() {
            @Override
            public void page(Page page, OutputFile file) {
                if (fits(file.path(), page.displayPath(), diags)) sink.page(page, file);
            }

            @Override
            public void generated(OutputFile file) {
                if (fits(file.path(), SiteEmitter.generated(file.path()), diags)) sink.generated(file);
            }

            @Override
            public void asset(String path, Path from) {
                if (fits(path, SiteEmitter.asset(path), diags)) sink.asset(path, from);
            }

            @Override
            public void staticFile(StaticFile file, Path from) {
                if (fits(file.path(), file.displayPath(), diags)) sink.staticFile(file, from);
            }
        };
    }

    private static boolean fits(String path, String source, List<Diagnostic> diags) {
        for (String name : path.split("/")) {
            int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                diags.add(Diagnostic.error(dev.handbook.diag.SourcePos.file(source), "cannot write %s…: a name in it "
                                + "takes %d bytes, and file systems take at most %d", path.substring(0, Math.min(60, path.length())),
                        bytes, MAX_NAME_BYTES).withRule("output"));
                return false;
            }
        }
        return true;
    }

    /** What a generated file is called in a message about two files claiming one path. */
    public static String generated(String path) {
        return "(generated) " + path;
    }

    /** What a theme asset is called in a message about two files claiming one path. */
    public static String asset(String path) {
        return "theme " + path;
    }

    /** A build's maker: every file rendered, indexed and listed afresh. */
    static Maker fresh(SiteRenderer renderer, Theme theme) {
        return new Maker() {
            @Override
            public Staged<Optional<OutputFile>> page(ResolvedSite site, int index) {
                return renderer.renderPage(site, index);
            }

            @Override
            public SiteOutput themePages() {
                return (site, out) -> {
                    Staged<List<OutputFile>> pages = renderer.renderExtras(site);
                    pages.value().forEach(out);
                    return pages.diagnostics();
                };
            }

            @Override
            public SiteOutput searchIndex() {
                return new SearchOutput();
            }

            @Override
            public Map<String, Path> assets() {
                try {
                    return ThemeLoader.staticFiles(theme);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /**
     * A build's sink: files go into the staging folder. Pages are handed to the staging's background
     * writers ({@link Staging#putLater}), so rendering never waits for the disk; their paths are
     * claimed at once, as with {@code put}, and {@link Staging#commit()} waits for the writes.
     */
    static Sink into(Staging staging) {
        return new Sink() {
            @Override
            public void page(Page page, OutputFile file) {
                staging.putLater(file, page.displayPath());
            }

            @Override
            public void generated(OutputFile file) {
                staging.put(file, SiteEmitter.generated(file.path()));
            }

            @Override
            public void asset(String path, Path from) {
                staging.copy(path, from, SiteEmitter.asset(path));
            }

            @Override
            public void staticFile(StaticFile file, Path from) {
                staging.copy(file.path(), from, file.displayPath());
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
            public void generated(OutputFile file) {
                checker.generated(file);
            }

            @Override
            public void asset(String path, Path from) {
                checker.file(path);
            }

            @Override
            public void staticFile(StaticFile file, Path from) {
                checker.file(file.path());
            }
        };
    }
}
