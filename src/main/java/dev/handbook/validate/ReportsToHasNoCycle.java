package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Role;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** {@code reports_to} must form a tree: a cycle (a reports to b reports to a) is an error naming it. */
final class ReportsToHasNoCycle implements Rule {
    @Override
    public void check(ResolvedSite site, Consumer<Diagnostic> report) {
        Set<Integer> done = new HashSet<>();
        for (Role start : site.projections().roles()) {
            if (done.contains(start.page())) continue;
            List<Integer> path = new ArrayList<>();
            int current = start.page();
            while (current >= 0 && !done.contains(current)) {
                int seen = path.indexOf(current);
                if (seen >= 0) {
                    reportCycle(site, path.subList(seen, path.size()), report);
                    break;
                }
                path.add(current);
                current = manager(site, current);
            }
            done.addAll(path);
        }
    }

    private static int manager(ResolvedSite site, int role) {
        return site.projections().findRole(role).flatMap(Role::manager).orElse(-1);
    }

    /** Reported once, at the reports_to of the cycle's first role in reading order. */
    private static void reportCycle(ResolvedSite site, List<Integer> cycle, Consumer<Diagnostic> report) {
        int first = cycle.stream().min(Integer::compare).orElseThrow();
        int at = cycle.indexOf(first);
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= cycle.size(); i++) names.add(site.page(cycle.get((at + i) % cycle.size())).slug());
        // Every role of a cycle reports to the next, so its reports_to is there.
        TypedValue.Ref where = site.projections().requireRole(first).reportsTo().orElseThrow();
        report.accept(Diagnostic.error(where.pos(), "reports_to forms a cycle: %s", String.join(" → ", names))
                .withHint("one of these roles must report outside the cycle, or to no one").withRule("reports-to-cycle"));
    }
}
