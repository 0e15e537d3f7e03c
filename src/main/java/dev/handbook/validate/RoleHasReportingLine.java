package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Page;
import dev.handbook.model.Role;
import dev.handbook.resolve.ResolvedSite;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Once a handbook draws reporting lines, a role with none (no {@code reports_to}, and no role
 * reporting to it) stands apart from the org chart, under "No reporting line set": a warning, so
 * the author either places it or says, with {@code check_ignore: [reporting-line]}, that it reports
 * outside the handbook.
 */
final class RoleHasReportingLine implements Rule {
    @Override
    public void check(ResolvedSite site, Consumer<Diagnostic> report) {
        Set<Integer> managers = new TreeSet<>();
        for (Role role : site.projections().roles()) role.manager().ifPresent(managers::add);
        if (managers.isEmpty()) return;
        for (Role role : site.projections().roles()) {
            Page p = site.page(role.page());
            // A reports_to that names no role was reported where it is written; it is a line all the same.
            if (p.fields().get("reports_to").isPresent() || managers.contains(role.page())) continue;
            report.accept(Diagnostic.warning(p.pos(), "role '%s' has no reporting line: it sets no reports_to and no "
                    + "role reports to it, so the org chart shows it apart", p.slug())
                    .withHint("set reports_to: ROLE; if the role reports outside this handbook, add "
                            + "check_ignore: [reporting-line] to its front matter")
                    .withRule("reporting-line"));
        }
    }
}
