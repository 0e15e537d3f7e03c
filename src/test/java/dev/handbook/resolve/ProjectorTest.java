package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.model.Page;
import dev.handbook.model.Projections;
import dev.handbook.model.Ritual;
import dev.handbook.model.Role;
import dev.handbook.model.Runbook;
import dev.handbook.model.Team;
import dev.handbook.model.TypedValue;
import dev.handbook.render.ResolvedSites;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resolver builds one typed record per page of a built-in type from its checked fields (issue 25.1). */
class ProjectorTest {
    private static final String SITE = """
            -- handbook.yml --
            title: T
            audiences: [everyone, managers]
            -- content/roles/_index.md --
            ---
            cascade: {type: role}
            ---
            -- content/roles/exec.md --
            ---
            summary: Hidden.
            audience: managers
            ---
            -- content/roles/lead.md --
            ---
            summary: Leads.
            reports_to: exec
            responsibilities:
              - {title: Planning, with: [dev, exec]}
            skills: [Deciding]
            ---
            -- content/roles/dev.md --
            ---
            summary: Builds.
            reports_to: lead
            ---
            -- content/teams/core.md --
            ---
            type: team
            mission: Ship.
            members:
              - {name: Ann, role: dev}
              - {name: Sam, role: exec, audience: managers}
              - {name: Kim, role: exec}
            leads: [lead]
            ---
            -- content/rituals/sync.md --
            ---
            type: ritual
            cadence: weekly
            duration: 1h30m
            attendees: [team, dev]
            purpose: Sync.
            day: thursday
            time: 9:30
            per: report
            only_while: a program runs
            ---
            -- content/runbooks/down.md --
            ---
            type: runbook
            service: API
            severity: SEV2
            trigger: Alert
            owner: lead
            last_tested: 2025-04-05
            ---
            -- content/notes.md --
            ---
            title: Notes
            ---
            """;

    private final ResolvedSite site = ResolvedSites.withTypes(TestSite.of(SITE));

    private int page(String path) {
        return site.pages().stream().filter(p -> p.path().equals(path)).findFirst().map(Page::index).orElseThrow();
    }

    @Test
    void everyPageOfABuiltInTypeHasItsRecordAndNoOtherPageHasOne() {
        Projections typed = site.projections();
        assertEquals(List.of(page("roles/dev.md"), page("roles/lead.md")), typed.roles().stream().map(Role::page).toList(),
                "in reading order; the managers' role is not in the everyone edition");
        assertEquals(1, typed.teams().size());
        assertEquals(1, typed.rituals().size());
        assertEquals(0, typed.processes().size());
        assertEquals(1, typed.runbooks().size());
        assertTrue(typed.findRole(page("notes.md")).isEmpty());
    }

    @Test
    void aRoleReadsItsFieldsAndKeepsAHiddenManagerAsAHiddenReference() {
        Role lead = site.projections().requireRole(page("roles/lead.md"));
        assertEquals(Optional.of("Leads."), lead.summary());
        assertTrue(lead.reportsTo().orElseThrow().hidden(), "exec is only in the managers' edition");
        assertEquals(Optional.empty(), lead.manager());
        assertEquals(List.of("Deciding"), lead.skills());
        Role.Responsibility planning = lead.responsibilities().get(0);
        assertEquals(Optional.of("Planning"), planning.title());
        assertEquals(List.of(Optional.of(page("roles/dev.md")), Optional.<Integer>empty()),
                planning.with().stream().map(TypedValue.Ref::page).toList());
        assertEquals(Optional.of(page("roles/lead.md")), site.projections().requireRole(page("roles/dev.md")).manager());
    }

    @Test
    void aTeamLeavesOutTheMembersItsEditionMayNotSee() {
        Team core = site.projections().requireTeam(page("teams/core.md"));
        assertEquals(List.of("Ann", "Kim"), core.members().stream().map(m -> m.name().orElseThrow()).toList());
        assertTrue(core.members().get(1).role().orElseThrow().hidden(), "Kim's role is hidden, Kim is not");
        assertEquals(Team.SizeClass.TOO_SMALL, core.size());
        assertEquals(5, core.membersPos().orElseThrow().line(), "where the list starts, for the size warning");
        assertEquals(List.of(Optional.of(page("roles/lead.md"))), core.leads().stream().map(TypedValue.Ref::page).toList());
    }

    @Test
    void aRitualAndARunbookReadTheirTypedValues() {
        Ritual sync = site.projections().requireRitual(page("rituals/sync.md"));
        assertEquals("weekly", sync.cadence().orElseThrow().label());
        assertEquals(Optional.of(Duration.ofMinutes(90)), sync.duration());
        assertEquals(Optional.of("team"), sync.attendees().get(0).literal());
        assertFalse(sync.optional(), "the schema's default");
        assertEquals(Optional.empty(), sync.facilitator());
        // issue 22.2: when it is held; an unquoted 9:30 is the text YAML 1.1 would read as 570
        assertEquals(Optional.of(java.time.DayOfWeek.THURSDAY), sync.schedule().weekday());
        assertEquals(Optional.empty(), sync.schedule().date());
        assertEquals(Optional.of(java.time.LocalTime.of(9, 30)), sync.schedule().time());
        assertTrue(sync.perReport());
        assertEquals(Optional.of("a program runs"), sync.onlyWhile());
        assertFalse(sync.always());
        Runbook down = site.projections().requireRunbook(page("runbooks/down.md"));
        assertEquals(Optional.of("SEV2"), down.severity());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 5)), down.lastTested());
        assertEquals(Optional.of(page("roles/lead.md")), down.owner().flatMap(TypedValue.Ref::page));
        assertEquals(List.of(), down.escalation());
    }

    @Test
    void aFieldWithAnErrorIsEmptyAndReported() {
        TestSite broken = TestSite.of("""
                -- content/rituals/retro.md --
                ---
                type: ritual
                cadence: sometimes
                duration: 1h
                ---
                """);
        ResolvedSite s = ResolvedSites.withTypes(broken);
        Ritual retro = s.projections().rituals().get(0);
        assertEquals(Optional.empty(), retro.cadence());
        assertEquals(Optional.empty(), retro.purpose());
        assertEquals(Optional.empty(), retro.perWeek());
        assertEquals(2, TestSite.headlines(broken.check()).size(), "the wrong cadence and the missing purpose");
    }
}
