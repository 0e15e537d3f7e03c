package dev.handbook.validate;

import dev.handbook.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.handbook.TestSite.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules behind the views of issue 22, each with its exact message and position. */
class ViewRulesTest {
    private static final String ROLES = """
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
            reports_to: head
            ---
            """;

    @Test
    void aRoleOutsideEveryReportingLineIsAWarningThatCanBeSilenced() {   // issue 22.1
        String designer = "-- content/roles/designer.md --\n---\nsummary: Designs.\n---\n";
        assertEquals(List.of("content/roles/designer.md:1:1: warning: role 'designer' has no reporting line: it sets no "
                + "reports_to and no role reports to it, so the org chart shows it apart"),
                headlines(TestSite.of(ROLES + designer).check()));
        String silenced = "-- content/roles/designer.md --\n---\nsummary: Designs.\ncheck_ignore: [reporting-line]\n---\n";
        assertEquals(List.of(), headlines(TestSite.of(ROLES + silenced).check()));
    }

    @Test
    void withoutAnyReportingLineNoRoleIsOutsideOne() {
        assertEquals(List.of(), headlines(TestSite.of("""
                -- content/roles/a.md --
                ---
                type: role
                summary: A.
                ---
                -- content/roles/b.md --
                ---
                type: role
                summary: B.
                ---
                """).check()));
    }

    private static final String MATRIX = """
            -- content/roles/pm.md --
            ---
            summary: Products.
            reports_to: head
            ---
            -- content/roles/tl.md --
            ---
            summary: Tech.
            reports_to: em
            responsibilities:
              - title: Prioritization of work, especially technical debt
              - title: Delivery
                with: [em]
            ---
            -- content/responsibilities.yml --
            activities:
              - activity: Prioritization of work
                responsible: [pm]
                accountable: em
                consulted: [tl]
              - activity: Delivery
                responsible: [tl]
                accountable: em
                informed: [pm]
            """;

    @Test
    void aRolePageClaimingWhatTheMatrixDoesNotGiveItIsAWarningAtTheClaim() {   // issue 22.6
        assertEquals(List.of("content/roles/tl.md:5:12: warning: the page gives 'tl' the responsibility "
                + "'Prioritization of work', but the matrix makes it only consulted on it (content/responsibilities.yml:2)"),
                headlines(TestSite.of(ROLES + MATRIX).check()));
    }

    @Test
    void sharingAResponsibilityWithARoleTheMatrixOnlyInformsIsAWarningAtThatRole() {   // issue 22.6
        String em = """
                -- content/roles/em.md --
                ---
                summary: Leads a team.
                reports_to: head
                responsibilities:
                  - title: Delivery.
                    with: [tl, pm]
                ---
                """;
        assertEquals(List.of("content/roles/em.md:6:16: warning: the page shares with 'pm' the responsibility "
                        + "'Delivery', but the matrix makes it only informed of it (content/responsibilities.yml:6)",
                "content/roles/tl.md:5:12: warning: the page gives 'tl' the responsibility 'Prioritization of work', "
                        + "but the matrix makes it only consulted on it (content/responsibilities.yml:2)"),
                headlines(TestSite.of(ROLES + MATRIX + em).check()));
    }

    @Test
    void aTitleThatOnlyBeginsLikeAnActivityIsNotThatActivity() {
        String tl = MATRIX.replace("Prioritization of work, especially technical debt", "Prioritization of work items");
        assertEquals(List.of(), headlines(TestSite.of(ROLES + tl).check()));
    }

    private static final String RITUAL = """
            -- content/rituals/sync.md --
            ---
            type: ritual
            cadence: %s
            duration: 30m
            purpose: Sync.
            day: %s
            time: "%s"
            ---
            """;

    @Test
    void aRitualsDayAndTimeMustReadAsADayAndATime() {   // issue 22.2
        assertEquals(List.of("content/rituals/sync.md:6:6: error: day must be a working day (monday to friday) or the "
                        + "date of one meeting written YYYY-MM-DD, found 'thursdy' (did you mean 'thursday'?)",
                "content/rituals/sync.md:7:7: error: time must be a time of day on a 24-hour clock such as 09:45, "
                        + "found '25:00'"),
                headlines(TestSite.of(ROLES + RITUAL.formatted("weekly", "thursdy", "25:00")).check()));
        assertEquals(List.of(), headlines(TestSite.of(ROLES + RITUAL.formatted("every 2 weeks", "2026-11-19", "9:30"))
                .check()));
        // YAML 1.1 reads an unquoted 9:30 as the number 570; the page's text is what counts.
        assertEquals(List.of(), headlines(TestSite.of(ROLES + RITUAL.formatted("weekly", "friday", "x")
                .replace("time: \"x\"", "time: 9:30")).check()));
    }

    @Test
    void aDailyRitualsDayIsNotUsedAndSaysSo() {
        assertEquals(List.of("content/rituals/sync.md:6:6: warning: a daily ritual is held every working day, so its "
                + "day is not used"), headlines(TestSite.of(ROLES + RITUAL.formatted("daily", "monday", "09:45")).check()));
    }
}
