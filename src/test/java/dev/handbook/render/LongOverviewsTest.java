package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overviews that list pages of the whole handbook stay a bounded size: at 100,000 pages they
 * once outgrew the 20 MB page budget and failed the build.
 */
class LongOverviewsTest {
    private static final int PAGES = OverviewViews.MAX_LISTED + 7;

    @Test
    void ownershipAndNeedsReviewListAtMostMaxListedAndCountTheRest() {
        StringBuilder spec = new StringBuilder("-- content/index.md --\n# Home\n");
        for (int i = 0; i < PAGES; i++) {
            spec.append(String.format("-- content/notes/n%04d.md --\n---\nowner: \"@ann\"\nreviewed: 2001-01-%02d\n---\n# Note %d\n",
                    i, 1 + i % 28, i));
        }
        TestSite site = TestSite.of(spec.toString());
        BuildResult r = site.build();
        assertTrue(r.written(), r.diagnostics().toString());

        Document review = Jsoup.parse(site.output("overview/needs-review/index.html"));
        assertEquals(OverviewViews.MAX_LISTED, review.select("table.review-table tbody tr").size());
        String intro = review.select("article p:contains(overdue for review)").first().text();
        assertTrue(intro.startsWith(PAGES + " pages are overdue for review"), intro);
        assertTrue(intro.contains("shows the first " + OverviewViews.MAX_LISTED), intro);

        Document owners = Jsoup.parse(site.output("overview/ownership/index.html"));
        org.jsoup.nodes.Element ann = owners.select("section.owner-group:has(h2:contains(@ann))").first();
        assertEquals(OverviewViews.MAX_LISTED, ann.select("li").size());
        assertEquals(String.valueOf(PAGES), ann.select("h2 .count").text());
        assertEquals("and 7 more, not listed here to keep this page quick to open.", ann.select("p.more").text());
    }
}
