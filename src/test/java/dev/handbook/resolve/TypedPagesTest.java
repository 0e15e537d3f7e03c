package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.handbook.TestSite.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schema and reference errors of typed pages, each with its exact message and position (issue 3). */
class TypedPagesTest {
    private static final String ROLES = """
            -- content/roles/_index.md --
            ---
            cascade: {type: role}
            ---
            -- content/roles/engineering-manager.md --
            ---
            summary: Leads a team.
            reports_to: head-of-engineering
            ---
            -- content/roles/head-of-engineering.md --
            ---
            summary: Leads managers.
            ---
            -- content/rituals/stand-up.md --
            ---
            type: ritual
            cadence: daily
            duration: 15m
            purpose: Coordinate the day.
            facilitator: engineering-manager
            attendees: [team]
            ---
            """;

    private static List<String> diagnostics(String extra) {
        return headlines(TestSite.of(ROLES + extra).check());
    }

    @Test
    void aValidHandbookHasNoFindings() {
        assertEquals(List.of(), diagnostics(""));
    }

    @Test
    void unknownFieldIsAWarningWithTheClosestName() {
        assertEquals(List.of("content/roles/tech-lead.md:3:1: warning: unknown field 'sumary' for a role "
                        + "(did you mean 'summary'?)"),
                diagnostics("-- content/roles/tech-lead.md --\n---\nsummary: Leads tech.\nsumary: typo\n"
                        + "reports_to: engineering-manager\n---\n"));
    }

    @Test
    void missingRequiredFieldIsAnError() {
        assertEquals(List.of("content/roles/tech-lead.md:1:1: error: role is missing required field 'summary' (text)"),
                diagnostics("-- content/roles/tech-lead.md --\n---\ntitle: Tech lead\nreports_to: engineering-manager\n---\n"));
    }

    @Test
    void wrongKindIsAnErrorAtTheValue() {
        assertEquals(List.of("content/rituals/retro.md:4:11: error: duration must be a duration such as 15m, 1h or 1h30m, "
                        + "found 'soon'"),
                diagnostics("""
                        -- content/rituals/retro.md --
                        ---
                        type: ritual
                        cadence: every 2 weeks
                        duration: soon
                        purpose: Improve.
                        ---
                        """));
    }

    @Test
    void referenceToAMissingPageSuggestsTheClosest() {
        assertEquals(List.of("content/roles/tech-lead.md:3:13: error: unknown role 'engineering-manger' "
                        + "(did you mean 'engineering-manager'?)"),
                diagnostics("-- content/roles/tech-lead.md --\n---\nsummary: Tech.\nreports_to: engineering-manger\n---\n"));
    }

    @Test
    void referenceToAPageOfAnotherTypeIsAnError() {
        assertEquals(List.of("content/roles/tech-lead.md:3:13: error: 'stand-up' is a ritual, but reports_to must "
                        + "name a role"),
                diagnostics("-- content/roles/tech-lead.md --\n---\nsummary: Tech.\nreports_to: stand-up\n---\n"));
    }

    @Test
    void reportsToCycleIsAnErrorNamingTheCycle() {
        List<String> d = diagnostics("""
                -- content/roles/a.md --
                ---
                summary: A.
                reports_to: b
                ---
                -- content/roles/b.md --
                ---
                summary: B.
                reports_to: c
                ---
                -- content/roles/c.md --
                ---
                summary: C.
                reports_to: a
                ---
                """);
        assertEquals(List.of("content/roles/a.md:3:13: error: reports_to forms a cycle: a → b → c → a"), d);
    }

    @Test
    void enumAndCadenceValuesAreChecked() {
        List<String> d = diagnostics("""
                -- content/runbooks/db.md --
                ---
                type: runbook
                service: Database
                severity: SEV5
                trigger: Replication lag alert
                owner: engineering-manager
                ---
                -- content/rituals/retro.md --
                ---
                type: ritual
                cadence: sometimes
                duration: 1h
                purpose: Improve.
                ---
                """);
        assertEquals(List.of(
                "content/rituals/retro.md:3:10: error: cadence must be a cadence such as daily, weekly, every 2 weeks, "
                        + "monthly, quarterly or per sprint, found 'sometimes'",
                "content/runbooks/db.md:4:11: error: severity must be one of SEV1, SEV2, SEV3, SEV4, found 'SEV5' "
                        + "(did you mean 'SEV1'?)"), d);
    }

    @Test
    void unknownTypeIsAnError() {
        assertEquals(List.of("content/x.md:2:7: error: unknown type 'rol' (did you mean 'role'?)"),
                diagnostics("-- content/x.md --\n---\ntype: rol\n---\n"));
    }

    @Test
    void ownerIsARoleATeamOrAHandle() {
        List<String> d = diagnostics("""
                -- content/a.md --
                ---
                owner: "@acme/platform"
                ---
                -- content/b.md --
                ---
                owner: head-of-engineering
                ---
                -- content/c.md --
                ---
                owner: nobody
                ---
                """);
        assertEquals(List.of("content/c.md:2:8: error: unknown role or team 'nobody'"), d);
    }

    @Test
    void teamSizeIsClassifiedWithWarningsAtTheExtremes() {
        StringBuilder big = new StringBuilder("-- content/teams/big.md --\n---\ntype: team\nmission: Everything.\nmembers:\n");
        for (int i = 0; i < 12; i++) big.append("  - {name: P").append(i).append(", role: engineering-manager}\n");
        big.append("---\n");
        List<String> d = diagnostics(big + """
                -- content/teams/tiny.md --
                ---
                type: team
                mission: Little.
                members:
                  - {name: Solo, role: engineering-manager}
                ---
                """);
        assertEquals(List.of(
                "content/teams/big.md:5:3: warning: team 'big' has 12 members, a large team: it may need splitting",
                "content/teams/tiny.md:5:3: warning: team 'tiny' has 1 member, fewer than the 4 a team needs"), d);
    }

    @Test
    void matrixRowsNeedOneAccountableAtLeastOneResponsibleAndKnownRoles() {
        List<String> d = diagnostics("""
                -- content/responsibilities.yml --
                activities:
                  - activity: Delivery
                    responsible: [engineering-manager]
                    accountable: [engineering-manager, head-of-engineering]
                  - activity: Hiring
                    accountable: head-of-engineering
                  - activity: Budget
                    responsible: [head-of-engineering]
                    accountable: cfo
                """);
        assertEquals(List.of(
                "content/responsibilities.yml:4:18: error: activity 'Delivery' has 2 accountable roles; exactly one role "
                        + "is accountable",
                "content/responsibilities.yml:5:15: error: activity 'Hiring' has no responsible role; name at least one",
                "content/responsibilities.yml:9:18: error: unknown role 'cfo'"), d);
    }

    @Test
    void stalenessIsShownNotWarned() {
        TestSite site = TestSite.of(ROLES + "-- content/old.md --\n---\nreviewed: 2020-01-01\n---\n# Old\n");
        BuildResult r = site.build(site.options().withToday(java.time.LocalDate.of(2026, 11, 29)).withStrict(true));
        assertEquals(List.of(), headlines(r));
        assertTrue(site.output("old/index.html").contains("Review overdue since 2020-06-29"));
        assertTrue(site.output("overview/needs-review/index.html").contains(">Old</a>"));
        BuildResult earlier = site.build(site.options().withToday(java.time.LocalDate.of(2020, 2, 1)));
        assertTrue(earlier.written());
        assertTrue(!site.output("old/index.html").contains("Review overdue"));
    }
}
