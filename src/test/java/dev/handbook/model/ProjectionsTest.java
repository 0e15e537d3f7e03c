package dev.handbook.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The typed projections' own logic: lookups by page, team size classes, a ritual's time per week (issue 25.1). */
class ProjectionsTest {
    private static Role role(int page) {
        return new Role(page, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
    }

    private static Team team(int page, int members) {
        List<Team.Member> list = java.util.stream.IntStream.range(0, members)
                .mapToObj(i -> new Team.Member(Optional.of("m" + i), Optional.empty())).toList();
        return new Team(page, Optional.empty(), list, Optional.empty(), List.of(), List.of());
    }

    @Test
    void findsAndRequiresByPage() {
        Projections p = new Projections(List.of(role(2), role(5), role(9)), List.of(team(7, 4)), List.of(), List.of(),
                List.of());
        assertEquals(Optional.of(role(5)), p.findRole(5));
        assertEquals(Optional.empty(), p.findRole(6));
        assertEquals(Optional.empty(), p.findRole(7), "page 7 is a team");
        assertEquals(role(9), p.requireRole(9));
        assertEquals(7, p.requireTeam(7).page());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.requireRole(7));
        assertEquals("page 7 is not a role (a bug: callers check the type first)", e.getMessage());
        assertEquals(Optional.empty(), Projections.none().findRunbook(0));
    }

    @Test
    void listsMustBeInReadingOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> new Projections(List.of(role(5), role(2)), List.of(), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Projections(List.of(role(5), role(5)), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void teamSizeClassesHaveTheDocumentedBounds() {
        assertEquals(Team.SizeClass.TOO_SMALL, team(0, 0).size());
        assertEquals(Team.SizeClass.TOO_SMALL, team(0, 3).size());
        assertEquals(Team.SizeClass.SMALL, team(0, 4).size());
        assertEquals(Team.SizeClass.SMALL, team(0, 7).size());
        assertEquals(Team.SizeClass.MEDIUM, team(0, 8).size());
        assertEquals(Team.SizeClass.MEDIUM, team(0, 11).size());
        assertEquals(Team.SizeClass.LARGE, team(0, 12).size());
    }

    @Test
    void aRitualCostsItsDurationTimesHowOftenAtLeastAMinute() {
        Cadence weekly = Cadence.parse("weekly", 2).orElseThrow();
        Cadence daily = Cadence.parse("daily", 2).orElseThrow();
        Cadence yearly = Cadence.parse("yearly", 2).orElseThrow();
        assertEquals(Optional.of(Duration.ofMinutes(75)), ritual(daily, 15).perWeek());
        assertEquals(Optional.of(Duration.ofMinutes(60)), ritual(weekly, 60).perWeek());
        assertEquals(Optional.of(Duration.ofMinutes(1)), ritual(yearly, 15).perWeek(), "15/52 min rounds to 0");
        Ritual noCadence = new Ritual(0, Optional.empty(), Optional.of(Duration.ofMinutes(15)), Optional.empty(),
                List.of(), false, Optional.empty(), List.of(), List.of());
        assertEquals(Optional.empty(), noCadence.perWeek());
    }

    private static Ritual ritual(Cadence cadence, int minutes) {
        return new Ritual(0, Optional.of(cadence), Optional.of(Duration.ofMinutes(minutes)), Optional.empty(), List.of(),
                false, Optional.empty(), List.of(), List.of());
    }
}
