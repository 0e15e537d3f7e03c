package dev.handbook.pipeline;

import dev.handbook.calendar.RitualCalendar;
import dev.handbook.feed.RecentFeed;
import dev.handbook.resolve.SiteOutput;
import dev.handbook.sitemap.SitemapBuilder;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one list of the site-wide outputs, in the order a build claims their paths (after the pages,
 * before the theme's and content's static files). A new output is a new {@link SiteOutput} class
 * added here. Two entries come from the {@link SiteEmitter.Maker}, since serve keeps them between
 * rebuilds: the theme's own pages (404, tags, redirects), rendered with the site's renderer, and the
 * search index.
 */
final class SiteOutputs {
    private SiteOutputs() {
    }

    /** Every site-wide output; {@code progress} hears how far the search index got, a page at a time. */
    static List<SiteOutput> list(SiteEmitter.Maker maker, Progress progress) {
        return List.of(
                maker.themePages(),
                new SitemapBuilder(),
                counted("search index", maker.searchIndex(), progress),
                new RitualCalendar(),
                new RecentFeed());
    }

    /**
     * {@code output} telling {@code progress} of its files, counted against the site's pages: the
     * search index has a file per page, then a few more.
     */
    private static SiteOutput counted(String stage, SiteOutput output, Progress progress) {
        return (site, out) -> {
            int pages = site.pages().size();
            AtomicInteger done = new AtomicInteger();
            progress.update(stage, 0, pages);
            return output.emit(site, f -> {
                out.accept(f);
                progress.update(stage, Math.min(done.incrementAndGet(), pages), pages);
            });
        };
    }
}
