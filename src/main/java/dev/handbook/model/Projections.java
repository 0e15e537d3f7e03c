package dev.handbook.model;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The typed projections of an edition's pages of the built-in types, each list in reading order:
 * every page of type {@code role} has a {@link Role}, and so on. Views, rules and site outputs read
 * these instead of looking fields up by name.
 *
 * <pre>{@code
 * site.projections().findRole(page.index()).flatMap(Role::manager)   // Optional: any page
 * site.projections().requireTeam(page.index()).size()                 // a page known to be a team
 * }</pre>
 */
public record Projections(List<Role> roles, List<Team> teams, List<Ritual> rituals, List<Process> processes,
                          List<Runbook> runbooks) {
    public Projections {
        roles = inOrder(roles, Role::page);
        teams = inOrder(teams, Team::page);
        rituals = inOrder(rituals, Ritual::page);
        processes = inOrder(processes, Process::page);
        runbooks = inOrder(runbooks, Runbook::page);
    }

    public static Projections none() {
        return new Projections(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Role> findRole(int page) {
        return find(roles, Role::page, page);
    }

    /** The role of a page known to be a role. */
    public Role requireRole(int page) {
        return findRole(page).orElseThrow(() -> notA("role", page));
    }

    public Optional<Team> findTeam(int page) {
        return find(teams, Team::page, page);
    }

    public Team requireTeam(int page) {
        return findTeam(page).orElseThrow(() -> notA("team", page));
    }

    public Optional<Ritual> findRitual(int page) {
        return find(rituals, Ritual::page, page);
    }

    public Ritual requireRitual(int page) {
        return findRitual(page).orElseThrow(() -> notA("ritual", page));
    }

    public Optional<Process> findProcess(int page) {
        return find(processes, Process::page, page);
    }

    public Process requireProcess(int page) {
        return findProcess(page).orElseThrow(() -> notA("process", page));
    }

    public Optional<Runbook> findRunbook(int page) {
        return find(runbooks, Runbook::page, page);
    }

    public Runbook requireRunbook(int page) {
        return findRunbook(page).orElseThrow(() -> notA("runbook", page));
    }

    /** A copy, checked to be sorted by page with each page once, so lookups can bisect it. */
    private static <T> List<T> inOrder(List<T> list, ToIntFunction<T> page) {
        List<T> copy = List.copyOf(list);
        for (int i = 1; i < copy.size(); i++) {
            if (page.applyAsInt(copy.get(i - 1)) >= page.applyAsInt(copy.get(i))) {
                throw new IllegalArgumentException("projections must be in reading order, each page once");
            }
        }
        return copy;
    }

    private static <T> Optional<T> find(List<T> list, ToIntFunction<T> key, int page) {
        int lo = 0;
        int hi = list.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = key.applyAsInt(list.get(mid));
            if (k < page) lo = mid + 1;
            else if (k > page) hi = mid - 1;
            else return Optional.of(list.get(mid));
        }
        return Optional.empty();
    }

    private static IllegalStateException notA(String type, int page) {
        return new IllegalStateException("page " + page + " is not a " + type + " (a bug: callers check the type first)");
    }
}
