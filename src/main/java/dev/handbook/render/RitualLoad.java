package dev.handbook.render;

import dev.handbook.model.Page;
import dev.handbook.model.Projections;
import dev.handbook.model.Ritual;
import dev.handbook.model.Role;
import dev.handbook.model.Team;
import dev.handbook.model.TypedValue;
import dev.handbook.render.OverviewViews.RoleLoad;
import dev.handbook.resolve.ResolvedSite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What rituals cost each role in an average week: every ritual it attends or runs, each counted by
 * how often it is held. A ritual held per report (a one-on-one) counts once for each pair of a
 * manager and a direct report among its attendees: a manager's time grows with their reports, which
 * come from the teams' members. Where that makes one role's week differ from team to team, the role
 * gets a row per team. Rituals held only under a condition are not counted.
 */
final class RitualLoad {
    private final ResolvedSite site;
    private final Projections typed;
    private final Set<Integer> teamRoles;
    private final Map<Integer, List<Integer>> direct = new TreeMap<>();

    RitualLoad(ResolvedSite site) {
        this.site = site;
        this.typed = site.projections();
        this.teamRoles = teamRoles(typed);
        for (Role r : typed.roles()) r.manager().ifPresent(m -> direct.computeIfAbsent(m, k -> new ArrayList<>()).add(r.page()));
    }

    List<RoleLoad> rows(String root) {
        List<RoleLoad> out = new ArrayList<>();
        for (Role role : typed.roles()) {
            Map<Optional<Integer>, Cost> byTeam = new LinkedHashMap<>();
            for (Optional<Integer> team : contexts(role.page())) byTeam.put(team, cost(role.page(), team));
            Cost first = byTeam.values().iterator().next();
            if (first.rituals() == 0) continue;
            Page p = site.page(role.page());
            boolean same = byTeam.values().stream().allMatch(first::equals);
            for (Map.Entry<Optional<Integer>, Cost> e : byTeam.entrySet()) {
                Cost c = e.getValue();
                String team = same ? "" : e.getKey().map(t -> site.page(t).title()).orElse("");
                out.add(new RoleLoad(p.title(), Urls.href(root, p.outputPath()), team,
                        Words.duration(site.messages(), Duration.ofMinutes(c.minutes())), (int) c.minutes(), c.rituals(), c.reports(),
                        Links.audience(site, p)));
                if (same) break;
            }
        }
        return out;
    }

    /** Minutes per week, how many rituals, and the reports its per-report rituals were counted with. */
    private record Cost(long minutes, int rituals, int reports) {
    }

    private Cost cost(int role, Optional<Integer> team) {
        double minutes = 0;
        int rituals = 0;
        int reports = 0;
        for (Ritual r : typed.rituals()) {
            if (!r.always() || r.cadence().isEmpty() || r.duration().isEmpty()) continue;
            Set<Integer> who = attendees(r);
            if (!who.contains(role)) continue;
            rituals++;
            double once = r.duration().get().toMinutes() * r.cadence().get().perWeek();
            if (!r.perReport()) {
                minutes += Math.max(1, Math.round(once));
                continue;
            }
            int mine = reports(role, team);
            boolean asReport = typed.findRole(role).flatMap(Role::manager).filter(who::contains).isPresent();
            int pairs = mine + (asReport ? 1 : 0);
            reports = Math.max(reports, mine);
            minutes += Math.max(1, Math.round(once * Math.max(1, pairs)));
        }
        return new Cost(Math.round(minutes), rituals, reports);
    }

    /** The teams a role is part of, each a context its week may differ in; no team at all when it is in none. */
    private List<Optional<Integer>> contexts(int role) {
        List<Optional<Integer>> out = new ArrayList<>();
        for (Team t : typed.teams()) if (people(t, role) > 0) out.add(Optional.of(t.page()));
        if (out.isEmpty()) out.add(Optional.empty());
        return out;
    }

    /**
     * How many direct reports one person in the role has: in a team, the team's people in roles that
     * report to it, shared among the team's people in the role; outside teams, every such person of
     * every team, and one for each reporting role that is in no team.
     */
    int reports(int role, Optional<Integer> team) {
        List<Integer> reporting = direct.getOrDefault(role, List.of());
        if (team.isPresent()) {
            Team t = typed.requireTeam(team.get());
            int sum = 0;
            for (int r : reporting) sum += people(t, r);
            return sum == 0 ? 0 : Math.max(1, Math.round((float) sum / Math.max(1, people(t, role))));
        }
        int sum = 0;
        for (int r : reporting) {
            int inTeams = 0;
            for (Team t : typed.teams()) inTeams += people(t, r);
            sum += inTeams == 0 ? 1 : inTeams;
        }
        return sum;
    }

    /** People in a role in a team: its members in the role, or one when the role only leads the team. */
    private static int people(Team t, int role) {
        int n = 0;
        for (Team.Member m : t.members()) if (m.role().flatMap(TypedValue.Ref::page).filter(p -> p == role).isPresent()) n++;
        if (n == 0) for (TypedValue.Ref lead : t.leads()) if (lead.page().filter(p -> p == role).isPresent()) return 1;
        return n;
    }

    /** The roles a ritual takes time from: its attendees and facilitator; "team" means every team role. */
    private Set<Integer> attendees(Ritual ritual) {
        Set<Integer> out = new TreeSet<>();
        for (TypedValue.Ref r : ritual.attendees()) {
            if (r.page().isPresent()) out.add(r.page().get());
            else if (r.literal().isPresent()) out.addAll(teamRoles);
        }
        ritual.facilitator().flatMap(TypedValue.Ref::page).ifPresent(out::add);
        return out;
    }

    /** Roles that appear in any team, as a member's role or a lead; every role when there are no teams. */
    private static Set<Integer> teamRoles(Projections typed) {
        Set<Integer> out = new TreeSet<>();
        for (Team team : typed.teams()) {
            for (TypedValue.Ref lead : team.leads()) lead.page().ifPresent(out::add);
            for (Team.Member m : team.members()) m.role().flatMap(TypedValue.Ref::page).ifPresent(out::add);
        }
        if (typed.teams().isEmpty()) for (Role role : typed.roles()) out.add(role.page());
        return out;
    }
}
