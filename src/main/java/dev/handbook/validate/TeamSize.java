package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.model.Page;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.function.Consumer;

/**
 * Team size from the member count: 4-7 small, 8-11 medium, 12 or more large. A large team may need
 * splitting and a team below four may not be a team yet; both are warnings.
 */
public final class TeamSize implements Rule {
    public enum SizeClass { TOO_SMALL, SMALL, MEDIUM, LARGE }

    public static int members(ResolvedSite site, int team) {
        return site.fields(team).get("members") instanceof TypedValue.Items items ? items.items().size() : 0;
    }

    public static SizeClass classify(int members) {
        if (members >= 12) return SizeClass.LARGE;
        if (members >= 8) return SizeClass.MEDIUM;
        if (members >= 4) return SizeClass.SMALL;
        return SizeClass.TOO_SMALL;
    }

    @Override
    public void check(ResolvedSite site, Consumer<Diagnostic> report) {
        for (Page p : site.pages()) {
            if (!p.type().equals("team")) continue;
            int n = members(site, p.index());
            TypedValue members = site.fields(p.index()).get("members");
            SourcePos pos = members != null ? members.pos() : new SourcePos(p.displayPath(), 1, 1);
            SizeClass size = classify(n);
            if (size == SizeClass.LARGE) {
                report.accept(Diagnostic.warning(pos, "team '%s' has %d members, a large team: it may need splitting",
                        p.slug(), n).withHint("4-7 is small, 8-11 medium, 12 or more large").withRule("team-size"));
            } else if (size == SizeClass.TOO_SMALL) {
                report.accept(Diagnostic.warning(pos, "team '%s' has %d member%s, fewer than the 4 a team needs",
                        p.slug(), n, n == 1 ? "" : "s").withHint("4-7 is small, 8-11 medium, 12 or more large")
                        .withRule("team-size"));
            }
        }
    }
}
