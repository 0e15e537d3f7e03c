package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.model.Page;
import dev.handbook.model.Team;
import dev.handbook.resolve.ResolvedSite;

import java.util.function.Consumer;

/**
 * Team size from the member count ({@link Team.SizeClass}): 4-7 small, 8-11 medium, 12 or more
 * large. A large team may need splitting and a team below four may not be a team yet; both are warnings.
 */
final class TeamSize implements Rule {
    @Override
    public void check(ResolvedSite site, Consumer<Diagnostic> report) {
        for (Team team : site.projections().teams()) {
            Page p = site.page(team.page());
            int n = team.members().size();
            SourcePos pos = team.membersPos().orElse(new SourcePos(p.displayPath(), 1, 1));
            if (team.size() == Team.SizeClass.LARGE) {
                report.accept(Diagnostic.warning(pos, "team '%s' has %d members, a large team: it may need splitting",
                        p.slug(), n).withHint("4-7 is small, 8-11 medium, 12 or more large").withRule("team-size"));
            } else if (team.size() == Team.SizeClass.TOO_SMALL) {
                report.accept(Diagnostic.warning(pos, "team '%s' has %d member%s, fewer than the 4 a team needs",
                        p.slug(), n, n == 1 ? "" : "s").withHint("4-7 is small, 8-11 medium, 12 or more large")
                        .withRule("team-size"));
            }
        }
    }
}
