package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4: rules over the whole resolved site that no single page can check alone, such as a
 * cycle in {@code reports_to} or a team's size. Reports; changes nothing.
 */
public final class Validator {
    private static final List<Rule> RULES = List.of(new ReportsToHasNoCycle(), new TeamSize(), new RitualSchedule(),
            new RoleHasReportingLine(), new ResponsibilitiesAgreeWithMatrix());

    private Validator() {
    }

    /**
     * Pages whose review is overdue, as errors: only {@code handbook check --stale} asks, so a build
     * that passes today still passes next year.
     */
    public static List<Diagnostic> stale(ResolvedSite site) {
        List<Diagnostic> out = new ArrayList<>();
        for (dev.handbook.model.Page p : site.pages()) {
            if (!site.stale(p)) continue;
            dev.handbook.diag.SourcePos pos = p.fields().get("reviewed").map(dev.handbook.model.Value::pos).orElse(p.pos());
            out.add(Diagnostic.error(pos, "review overdue since %s (last reviewed %s)", site.reviewDue(p).orElseThrow(),
                    p.reviewed().orElseThrow()).withHint("review the page and update its reviewed: date").withRule("stale"));
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }

    public static List<Diagnostic> validate(ResolvedSite site) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : RULES) rule.check(site, out::add);
        out.sort(Diagnostic.ORDER);
        return out;
    }
}
