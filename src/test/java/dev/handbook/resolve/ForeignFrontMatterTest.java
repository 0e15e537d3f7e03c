package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter other tools wrote (issue 20.6). */
class ForeignFrontMatterTest {
    @Test
    void aDateTimeWhereADateIsExpectedGivesItsDatePartInNoTimeZone() { // issue 20.6
        for (String written : List.of("2024-05-31T23:30:00-05:00", "2024-05-31 23:30:00 +1400", "2024-05-31T23:30:00Z",
                "2024-05-31T23:30", "2024-05-31")) {
            TestSite site = TestSite.of("""
                    -- content/a.md --
                    ---
                    reviewed: %s
                    ---
                    # A
                    """.formatted(written));
            BuildResult r = site.build();
            assertEquals(List.of(), TestSite.headlines(r), written);
            assertEquals("2024-05-31", Jsoup.parse(site.output("a/index.html")).selectFirst("time[datetime]")
                    .attr("datetime"), written);
        }
        TestSite bad = TestSite.of("""
                -- content/index.md --
                ---
                reviewed: 2024-05-31T25:99:00Z and more
                ---
                """);
        assertEquals(List.of("content/index.md:2:11: error: reviewed must be a date written YYYY-MM-DD, found "
                + "'2024-05-31T25:99:00Z and more'"), TestSite.errors(bad.build()));
    }

    @Test
    void anUnknownFieldsHintNamesNoFieldOfAnotherMeaning() { // issue 20.6
        TestSite site = TestSite.of("""
                -- content/index.md --
                ---
                review_in: 6 months
                last_reviewed_on: 2024-01-01
                reviewd: 2024-01-01
                ---
                # Home
                """);
        List<Diagnostic> d = site.build().diagnostics();
        assertEquals(List.of(
                "content/index.md:2:1: warning: unknown field 'review_in' for a start page",
                "content/index.md:3:1: warning: unknown field 'last_reviewed_on' for a start page",
                "content/index.md:4:1: warning: unknown field 'reviewd' for a start page (did you mean 'reviewed'?)"),
                d.stream().map(Diagnostic::headline).toList());
        assertEquals("in Handbook how often a page is reviewed is 'review_every', a number of days: review_in: 6 months "
                + "is review_every: 180", d.get(0).hint().orElseThrow());
        assertEquals("in Handbook the date of the last review is 'reviewed': rename the field, or keep its name and map "
                + "it in handbook.yml (fields: {last_reviewed_on: reviewed})", d.get(1).hint().orElseThrow());
    }

    @Test
    void handbookYmlMapsAFieldNameTheTeamKept() { // issue 20.6
        TestSite site = TestSite.of("""
                -- handbook.yml --
                fields:
                  last_reviewed_on: reviewed
                  review_every_days: review_every
                -- content/index.md --
                # Home
                -- content/a.md --
                ---
                last_reviewed_on: 2024-01-01
                review_every_days: 30
                ---
                # Home
                -- content/other.md --
                ---
                last_reviewed_on: not a date
                reviewed: 2024-02-02
                ---
                # Other
                """);
        BuildResult r = site.build();
        assertEquals(List.of(
                "content/other.md:2:1: warning: 'last_reviewed_on' stands for 'reviewed' (handbook.yml, fields:), which "
                        + "this page sets too; 'last_reviewed_on' is ignored"), TestSite.headlines(r));
        var home = Jsoup.parse(site.output("a/index.html"));
        assertEquals("2024-01-01", home.selectFirst("time[datetime]").attr("datetime"));
        assertEquals("Review overdue since 2024-01-31", home.selectFirst(".stale-badge").text());
    }
}
