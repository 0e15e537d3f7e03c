package dev.handbook.render;

import dev.handbook.model.Matrix;
import dev.handbook.model.Messages;
import dev.handbook.model.Page;
import dev.handbook.model.Process;
import dev.handbook.model.Projections;
import dev.handbook.model.Ritual;
import dev.handbook.model.Role;
import dev.handbook.model.Runbook;
import dev.handbook.model.Team;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link TypeViews} record of a page of a built-in type from its typed projection and its
 * relations to other pages (looked up in the {@link SiteIndex}, never by scanning the site), and the
 * one-line summary a section lists under it.
 */
final class TypeDetails {
    private TypeDetails() {
    }

    /** The page's type view, or empty for a page that is not of a built-in type. */
    static Optional<Views.Details> of(ResolvedSite site, SiteIndex index, Page page, String root) {
        Projections typed = site.projections();
        int i = page.index();
        return Optional.ofNullable(switch (page.type()) {
            case "role" -> role(site, index, typed.requireRole(i), root);
            case "team" -> team(site, typed.requireTeam(i), root);
            case "ritual" -> ritual(site, index, typed.requireRitual(i), root);
            case "process" -> process(site, typed.requireProcess(i), root);
            case "runbook" -> runbook(site, typed.requireRunbook(i), root);
            default -> null;
        });
    }

    private static TypeViews.RoleView role(ResolvedSite site, SiteIndex index, Role role, String root) {
        int me = role.page();
        List<TypeViews.Duty> duties = new ArrayList<>();
        List<TypeViews.MatrixEntry> consulted = new ArrayList<>();
        List<TypeViews.MatrixEntry> informed = new ArrayList<>();
        for (Matrix.Row row : index.matrixRows(me)) {
            String audience = row.audience().isEmpty() ? null : row.audience();
            String letter = row.letterFor(me);
            if (row.holds(me)) duties.add(duty(site, row, me, root));
            else if (letter.equals("C")) consulted.add(new TypeViews.MatrixEntry(row.activity(), audience));
            else informed.add(new TypeViews.MatrixEntry(row.activity(), audience));
        }
        duties.sort(java.util.Comparator.comparingInt(d -> d.letter().startsWith("A") ? 0 : 1));
        List<TypeViews.Responsibility> own = new ArrayList<>();
        for (Role.Responsibility r : role.responsibilities()) {
            // Shown once only when it says nothing more than the matrix row: the author's extra words stay.
            boolean said = site.matrix().flatMap(m -> r.title().flatMap(m::findActivity)).filter(row -> row.holds(me))
                    .filter(row -> Matrix.saysOnly(r.title().orElse(""), row)).isPresent();
            if (!said) own.add(new TypeViews.Responsibility(r.title().orElse(""), Links.refs(site, r.with(), root)));
        }
        Page page = site.page(me);
        String summary = role.summary().filter(s -> !sameText(s, page.description())).orElse("");
        return new TypeViews.RoleView(summary, Links.refOrNull(site, role.reportsTo(), root),
                Links.pages(site, index.directReports(me), root), Links.pages(site, index.teamsLedBy(me), root),
                role.measuresOfSuccess(), duties, own, consulted, informed, role.skills(),
                index.matrixPage().map(m -> Urls.href(root, site.page(m).outputPath())).orElse(null));
    }

    private static TypeViews.Duty duty(ResolvedSite site, Matrix.Row row, int me, String root) {
        List<TypeViews.Partner> with = new ArrayList<>();
        java.util.Set<Integer> others = new java.util.TreeSet<>();   // page order is reading order
        for (int r : row.accountable()) if (r != me) others.add(r);
        for (int r : row.responsible()) if (r != me) others.add(r);
        for (int r : others) {
            if (site.projections().findRole(r).isEmpty()) continue;
            Page p = site.page(r);
            with.add(new TypeViews.Partner(p.title(), Urls.href(root, p.outputPath()), row.letterFor(r)));
        }
        String letter = row.letterFor(me);
        return new TypeViews.Duty(row.activity(), letter, letter.toLowerCase(java.util.Locale.ROOT).replace('/', '-'),
                capitalise(MatrixDetails.spoken(site.messages(), letter)), with, row.audience().isEmpty() ? null : row.audience());
    }

    /** Whether two texts say the same, whatever their case, spacing and final full stop. */
    static boolean sameText(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "");
    }

    private static TypeViews.TeamView team(ResolvedSite site, Team team, String root) {
        return new TypeViews.TeamView(team.mission().orElse(""), Words.size(site.messages(), team.size()), team.members().size(),
                Links.refs(site, team.leads(), root), Links.refs(site, team.rituals(), root), members(site, team, root));
    }

    static List<TypeViews.Member> members(ResolvedSite site, Team team, String root) {
        List<TypeViews.Member> out = new ArrayList<>();
        for (Team.Member m : team.members()) {
            out.add(new TypeViews.Member(m.name().orElse(""), Links.refOrNull(site, m.role(), root)));
        }
        return out;
    }

    private static TypeViews.RitualView ritual(ResolvedSite site, SiteIndex index, Ritual ritual, String root) {
        Messages words = site.messages();
        return new TypeViews.RitualView(ritual.purpose().orElse(""),
                ritual.cadence().map(c -> c.label(words)).orElse(""), ritual.optional(),
                ritual.duration().map(d -> Words.duration(words, d)).orElse(""),
                ritual.perWeek().map(d -> Words.duration(words, d)).orElse(null), Links.refOrNull(site, ritual.facilitator(), root),
                Links.refs(site, ritual.attendees(), root), Links.pages(site, index.teamsRunning(ritual.page()), root),
                ritual.inputs(), ritual.outputs());
    }

    private static TypeViews.ProcessView process(ResolvedSite site, Process process, String root) {
        return new TypeViews.ProcessView(Links.refOrNull(site, process.owner(), root), process.steps(),
                process.definitionOfDone());
    }

    private static TypeViews.RunbookView runbook(ResolvedSite site, Runbook runbook, String root) {
        return new TypeViews.RunbookView(runbook.trigger().orElse(""), runbook.severity().orElse(""),
                runbook.service().orElse(""), Links.refOrNull(site, runbook.owner(), root),
                Links.refs(site, runbook.escalation(), root), runbook.lastTested().map(Object::toString).orElse(null));
    }

    /** The one-line summary of a typed page on its section's listing ("Daily · 15 min"), or "". */
    static String meta(ResolvedSite site, Page page) {
        Projections typed = site.projections();
        Messages words = site.messages();
        int i = page.index();
        return switch (page.type()) {
            case "role" -> typed.requireRole(i).manager()
                    .map(m -> words.format("role.meta", Map.of("role", site.page(m).title()))).orElse("");
            case "team" -> {
                Team team = typed.requireTeam(i);
                yield Words.sizedTeam(words, team.size()) + " · "
                        + words.count("team.members_count", team.members().size(), Map.of());
            }
            case "ritual" -> {
                Ritual r = typed.requireRitual(i);
                yield join(r.cadence().map(c -> capitalise(c.label(words))).orElse(""),
                        r.duration().map(d -> Words.duration(words, d)).orElse(""),
                        r.optional() ? words.text("field.optional") : "");
            }
            case "runbook" -> {
                Runbook r = typed.requireRunbook(i);
                yield join(r.severity().orElse(""), r.service().orElse(""));
            }
            case "process" -> typed.requireProcess(i).owner().flatMap(TypedValue.Ref::page)
                    .map(o -> words.format("process.meta", Map.of("owner", site.page(o).title()))).orElse("");
            default -> "";
        };
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) continue;
            if (sb.length() > 0) sb.append(" · ");
            sb.append(p);
        }
        return sb.toString();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
