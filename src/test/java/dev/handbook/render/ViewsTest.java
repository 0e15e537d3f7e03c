package dev.handbook.render;

import dev.handbook.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the views of issue 22 compute: time per role with per-report rituals, the org chart's rows, a role's responsibilities. */
class ViewsTest {
    private static final String ORG = """
            -- content/roles/_index.md --
            ---
            cascade: {type: role}
            ---
            -- content/roles/head.md --
            ---
            summary: Leads managers.
            ---
            -- content/roles/em.md --
            ---
            summary: Leads a team.
            description: Leads a team
            reports_to: head
            responsibilities:
              - title: delivery.
              - title: Delivery, end to end
              - title: Hiring
                with: [head]
            ---
            -- content/roles/dev.md --
            ---
            summary: Builds.
            reports_to: em
            ---
            -- content/roles/pm.md --
            ---
            summary: Products.
            check_ignore: [reporting-line]
            ---
            -- content/teams/a.md --
            ---
            type: team
            mission: A.
            leads: [em]
            members: [{name: A1, role: dev}, {name: A2, role: dev}, {name: A3, role: dev}, {name: A4, role: pm}]
            ---
            -- content/teams/b.md --
            ---
            type: team
            mission: B.
            leads: [em]
            members: [{name: B1, role: dev}, {name: B2, role: dev}, {name: B3, role: dev}, {name: B4, role: dev},
                      {name: B5, role: dev}]
            ---
            -- content/rituals/one-on-one.md --
            ---
            type: ritual
            cadence: weekly
            duration: 30m
            per: report
            attendees: [head, em, dev]
            purpose: Talk.
            ---
            -- content/rituals/stand-up.md --
            ---
            type: ritual
            cadence: daily
            duration: 15m
            attendees: [team]
            purpose: Sync.
            ---
            -- content/rituals/program.md --
            ---
            type: ritual
            cadence: weekly
            duration: 1h
            attendees: [head, em]
            only_while: a program runs
            purpose: Coordinate.
            ---
            -- content/responsibilities.yml --
            activities:
              - activity: Delivery
                responsible: [dev]
                accountable: em
                informed: [pm]
            """;

    private static Document page(TestSite site, String path) {
        return Jsoup.parse(site.output(path));
    }

    /** Issue 22.2 and 22.6: a one-on-one counts once per report, per team where that differs; a conditional ritual not at all. */
    @Test
    void timePerRoleCountsPerReportRitualsByTheReportsOfEachTeam() {
        TestSite site = TestSite.of(ORG);
        assertTrue(site.build(site.options().withToday(LocalDate.of(2026, 11, 29))).written());
        List<String> rows = page(site, "overview/rituals/index.html").select(".load-table tbody tr").stream()
                .map(tr -> tr.selectFirst("th").text() + ": " + tr.selectFirst(".load-time").text()).toList();
        assertEquals(List.of(                                                   // roles in reading order
                "Dev: 1 h 45 min",                                              // one one-on-one + stand-up
                "Em in A: 3 h 15 min with 3 direct reports",                    // 4 one-on-ones (3 reports, 1 with head) + stand-up
                "Em in B: 4 h 15 min with 5 direct reports",
                "Head: 1 h with 2 direct reports",                              // one engineering manager per team
                "Pm: 1 h 15 min"), rows);
    }

    @Test
    void theOrgChartDrawsTreesAndSetsApartRolesWithoutALine() {   // issue 22.1
        TestSite site = TestSite.of(ORG);
        assertTrue(site.build().written());
        Document d = page(site, "overview/org-chart/index.html");
        Element tree = d.selectFirst(".org-tree > ul");
        assertEquals("Head", tree.selectFirst(":root > li > .org-box > a").text());
        assertEquals(List.of("Em"), tree.select(":root > li > ul > li > .org-box > a").eachText());
        assertEquals("2 teams", tree.selectFirst(":root > li > ul > li > .org-box > .org-teams").text());
        assertEquals(List.of("Pm"), d.select(".org-unplaced .org-box > a").eachText());
        assertEquals(0, d.select("[role=tree], [role=treeitem]").size(), "plain nested lists");
    }

    @Test
    void aRolesResponsibilitiesComeFromTheMatrixAndItsOwnItemsShowOnce() {   // issue 22.5, 22.6
        TestSite site = TestSite.of(ORG);
        assertTrue(site.build().written());
        Document em = page(site, "roles/em/index.html");
        assertEquals(List.of("Delivery"), em.select(".raci-list tbody th").eachText(), "from the matrix");
        assertEquals("Accountable", em.selectFirst(".raci-list .part-words").text());
        // issue 22.5: an item that says only what the matrix says is shown once; one that says more keeps its words
        assertEquals(List.of("Delivery, end to end", "Hiring shared with Head"),
                em.select("ul.responsibilities > li").eachText(), "'delivery.' is the matrix's Delivery, shown once");
        assertEquals(0, em.select(".summary").size(), "the summary says what the description says");
        assertEquals(List.of("Responsibilities"), em.select(".toc a").eachText());
        Document head = page(site, "roles/head/index.html");
        assertEquals("Leads managers.", head.selectFirst(".summary").text());
    }
}
