package dev.handbook.render;

import dev.handbook.model.Matrix;
import dev.handbook.model.Page;
import dev.handbook.model.Projections;
import dev.handbook.model.Ritual;
import dev.handbook.model.Role;
import dev.handbook.model.Runbook;
import dev.handbook.model.Team;
import dev.handbook.model.TypedValue;
import dev.handbook.render.OverviewViews.CadenceGroup;
import dev.handbook.render.OverviewViews.OrgNode;
import dev.handbook.render.OverviewViews.ReviewRow;
import dev.handbook.render.OverviewViews.RitualRow;
import dev.handbook.render.OverviewViews.RoleLoad;
import dev.handbook.render.OverviewViews.RunbookGroup;
import dev.handbook.render.OverviewViews.RunbookRow;
import dev.handbook.render.OverviewViews.TeamRow;
import dev.handbook.resolve.ResolvedSite;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link OverviewViews} record of each generated overview page from the typed projections
 * of the whole site; the page's type names the view.
 */
final class OverviewDetails {
    private static final int MAX_LISTED = OverviewViews.MAX_LISTED;

    private OverviewDetails() {
    }

    /** The page's overview, or empty for a page that is not one. */
    static Optional<Views.Details> of(ResolvedSite site, Page page, String root) {
        return Optional.ofNullable(switch (page.type()) {
            case "org-chart" -> new OverviewViews.OrgChartView(orgChart(site, root));
            case "responsibilities" -> matrix(site, root);
            case "rituals" -> rituals(site, root);
            case "teams" -> new OverviewViews.TeamsView(teams(site, root));
            case "runbooks" -> runbooks(site, root);
            case "ownership" -> new OverviewViews.OwnershipView(ownership(site, root));
            case "needs-review" -> needsReview(site, root);
            default -> null;
        });
    }

    private static List<OrgNode> orgChart(ResolvedSite site, String root) {
        Map<Integer, List<Integer>> reports = new TreeMap<>();
        List<Integer> roots = new ArrayList<>();
        for (Role role : site.projections().roles()) {
            Optional<Integer> manager = role.manager();
            if (manager.isPresent()) reports.computeIfAbsent(manager.get(), k -> new ArrayList<>()).add(role.page());
            else roots.add(role.page());
        }
        List<OrgNode> out = new ArrayList<>();
        for (int r : roots) out.add(node(site, r, reports, root, new LinkedHashSet<>()));
        return out;
    }

    private static OrgNode node(ResolvedSite site, int role, Map<Integer, List<Integer>> reports, String root,
                                Set<Integer> seen) {
        Page p = site.page(role);
        List<OrgNode> children = new ArrayList<>();
        if (seen.add(role)) {
            for (int c : reports.getOrDefault(role, List.of())) children.add(node(site, c, reports, root, seen));
        }
        String summary = site.projections().findRole(role).flatMap(Role::summary).orElse("");
        return new OrgNode(p.title(), Urls.href(root, p.outputPath()), summary, children);
    }

    private static OverviewViews.MatrixView matrix(ResolvedSite site, String root) {
        List<Integer> roles = site.projections().roles().stream().map(Role::page).toList();
        List<OverviewViews.MatrixRow> rows = new ArrayList<>();
        for (Matrix.Row row : site.matrix().map(Matrix::rows).orElse(List.of())) {
            List<String> cells = new ArrayList<>();
            for (int r : roles) cells.add(row.letterFor(r));
            rows.add(new OverviewViews.MatrixRow(row.activity(), cells, row.audience().isEmpty() ? null : row.audience()));
        }
        return new OverviewViews.MatrixView(Links.pages(site, roles, root), rows);
    }

    private static OverviewViews.RitualsView rituals(ResolvedSite site, String root) {
        Map<Integer, List<Ritual>> byCadence = new TreeMap<>();
        Map<Integer, String> cadenceLabel = new TreeMap<>();
        Set<Integer> teamRoles = teamRoles(site.projections());
        Map<Integer, long[]> load = new TreeMap<>(); // role -> {minutes per week, rituals}
        for (Ritual ritual : site.projections().rituals()) {
            if (ritual.cadence().isEmpty()) continue;
            int order = ritual.cadence().get().order();
            byCadence.computeIfAbsent(order, k -> new ArrayList<>()).add(ritual);
            cadenceLabel.putIfAbsent(order, TypeDetails.capitalise(ritual.cadence().get().label(site.messages())));
            long minutes = ritual.perWeek().map(Duration::toMinutes).orElse(0L);
            for (int role : attendees(ritual, teamRoles)) {
                long[] l = load.computeIfAbsent(role, k -> new long[2]);
                l[0] += minutes;
                l[1]++;
            }
        }
        List<CadenceGroup> groups = new ArrayList<>();
        byCadence.forEach((order, rituals) -> {
            List<RitualRow> rows = new ArrayList<>();
            for (Ritual r : rituals) rows.add(ritualRow(site, r, root));
            groups.add(new CadenceGroup(cadenceLabel.get(order), rows));
        });
        List<RoleLoad> loads = new ArrayList<>();
        load.forEach((role, l) -> {
            Page p = site.page(role);
            loads.add(new RoleLoad(p.title(), Urls.href(root, p.outputPath()),
                    Words.duration(site.messages(), Duration.ofMinutes(l[0])),
                    (int) l[1]));
        });
        return new OverviewViews.RitualsView(groups, loads, Urls.href(root, "rituals.ics"));
    }

    private static RitualRow ritualRow(ResolvedSite site, Ritual ritual, String root) {
        Page p = site.page(ritual.page());
        String facilitator = ritual.facilitator().flatMap(TypedValue.Ref::page).map(f -> site.page(f).title()).orElse("");
        List<String> who = new ArrayList<>();
        for (Views.LinkView l : Links.refs(site, ritual.attendees(), root)) who.add(l.title());
        String audience = p.audience().equals(site.config().widestAudience()) ? null : p.audience();
        return new RitualRow(p.title(), Urls.href(root, p.outputPath()),
                ritual.duration().map(d -> Words.duration(site.messages(), d)).orElse(""),
                ritual.perWeek().map(d -> Words.duration(site.messages(), d)).orElse(""), facilitator, String.join(", ", who),
                ritual.optional(), audience);
    }

    /** The roles a ritual takes time from: its attendees and facilitator; "team" means every team role. */
    private static Set<Integer> attendees(Ritual ritual, Set<Integer> teamRoles) {
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

    private static List<TeamRow> teams(ResolvedSite site, String root) {
        List<TeamRow> out = new ArrayList<>();
        for (Team team : site.projections().teams()) {
            Page p = site.page(team.page());
            out.add(new TeamRow(p.title(), Urls.href(root, p.outputPath()), team.mission().orElse(""),
                    Words.size(site.messages(), team.size()), team.members().size(), TypeDetails.members(site, team, root),
                    Links.refs(site, team.leads(), root)));
        }
        return out;
    }

    private static OverviewViews.RunbooksView runbooks(ResolvedSite site, String root) {
        Map<String, List<RunbookRow>> byService = new TreeMap<>();
        Map<String, List<RunbookRow>> bySeverity = new TreeMap<>();
        for (Runbook runbook : site.projections().runbooks()) {
            Page p = site.page(runbook.page());
            String service = runbook.service().orElse("");
            String severity = runbook.severity().orElse("");
            RunbookRow row = new RunbookRow(p.title(), Urls.href(root, p.outputPath()), service, severity,
                    Links.refOrNull(site, runbook.owner(), root), runbook.lastTested().map(Object::toString).orElse(null),
                    site.stale(p));
            byService.computeIfAbsent(service, k -> new ArrayList<>()).add(row);
            bySeverity.computeIfAbsent(severity, k -> new ArrayList<>()).add(row);
        }
        return new OverviewViews.RunbooksView(groups(bySeverity), groups(byService));
    }

    private static List<RunbookGroup> groups(Map<String, List<RunbookRow>> map) {
        List<RunbookGroup> out = new ArrayList<>();
        map.forEach((label, rows) -> out.add(new RunbookGroup(label, rows)));
        return out;
    }

    private static List<Views.Group> ownership(ResolvedSite site, String root) {
        Map<String, Views.LinkView> owners = new TreeMap<>();
        Map<String, List<Views.LinkView>> pages = new TreeMap<>();
        for (Page p : site.pages()) {
            if (p.kind() == Page.Kind.HOME || p.displayPath().startsWith("(generated)")) continue;
            Views.LinkView owner = Links.owner(site, p, root);
            String key = owner == null ? "\uffff" : owner.title().toLowerCase(java.util.Locale.ROOT) + "\u0000" + owner.title();
            owners.putIfAbsent(key, owner);
            pages.computeIfAbsent(key, k -> new ArrayList<>()).add(Links.page(p, root));
        }
        List<Views.Group> out = new ArrayList<>();
        pages.forEach((key, links) -> {
            Views.LinkView o = owners.get(key);
            List<Views.LinkView> shown = links.size() > MAX_LISTED ? List.copyOf(links.subList(0, MAX_LISTED)) : links;
            out.add(new Views.Group(o == null ? site.messages().text("ownership.no_owner") : o.title(),
                    o == null ? null : o.href(), shown,
                    links.size() - shown.size()));
        });
        return out;
    }

    /** The longest overdue pages, at most {@link #MAX_LISTED}, and how many are overdue in all. */
    private static OverviewViews.NeedsReviewView needsReview(ResolvedSite site, String root) {
        List<Page> stale = new ArrayList<>();
        for (Page p : site.pages()) if (site.stale(p)) stale.add(p);
        stale.sort(Comparator.comparing((Page p) -> site.reviewDue(p).orElse(LocalDate.MIN)).thenComparing(Page::index));
        List<ReviewRow> out = new ArrayList<>();
        for (Page p : stale.subList(0, Math.min(stale.size(), MAX_LISTED))) {
            out.add(new ReviewRow(p.title(), Urls.href(root, p.outputPath()), p.reviewed().map(Object::toString).orElse(""),
                    site.reviewDue(p).map(Object::toString).orElse(""), Links.owner(site, p, root)));
        }
        return new OverviewViews.NeedsReviewView(out, stale.size());
    }
}
