package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Page;
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
        for (Page start : site.pages()) {
            if (!start.type().equals("role") || done.contains(start.index())) continue;
            List<Integer> path = new ArrayList<>();
            int current = start.index();
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
        if (site.fields(role).get("reports_to") instanceof TypedValue.Ref r && r.page().isPresent()) return r.page().get();
        return -1;
    }

    /** Reported once, at the reports_to of the cycle's first role in reading order. */
    private static void reportCycle(ResolvedSite site, List<Integer> cycle, Consumer<Diagnostic> report) {
        int first = cycle.stream().min(Integer::compare).orElseThrow();
        int at = cycle.indexOf(first);
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= cycle.size(); i++) names.add(site.page(cycle.get((at + i) % cycle.size())).slug());
        TypedValue where = site.fields(first).get("reports_to");
        report.accept(Diagnostic.error(where.pos(), "reports_to forms a cycle: %s", String.join(" → ", names))
                .withHint("one of these roles must report outside the cycle, or to no one").withRule("reports-to-cycle"));
    }
}
