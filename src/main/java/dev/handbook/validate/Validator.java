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
    private static final List<Rule> RULES = List.of(new ReportsToHasNoCycle(), new TeamSize());

    private Validator() {
    }

    public static List<Diagnostic> validate(ResolvedSite site) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : RULES) rule.check(site, out::add);
        out.sort(Diagnostic.ORDER);
        return out;
    }
}
