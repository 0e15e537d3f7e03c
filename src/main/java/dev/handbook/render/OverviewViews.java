package dev.handbook.render;

import dev.handbook.model.Cadence;
import dev.handbook.model.Matrix;
import dev.handbook.model.Page;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.validate.TeamSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Data for the generated overview pages (see {@code resolve.GeneratedPages}); each layout of the
 * same name draws it:
 * <ul>
 *   <li>{@code org-chart}: {@code roots}, a tree of {@link OrgNode}</li>
 *   <li>{@code responsibilities}: {@code roles} (columns) and {@code rows} ({@link MatrixRow})</li>
 *   <li>{@code rituals}: {@code groups} by cadence ({@link CadenceGroup}), {@code load} per role, {@code icsHref}</li>
 *   <li>{@code teams}: {@code teams} ({@link TeamRow})</li>
 *   <li>{@code runbooks}: {@code byService} and {@code bySeverity} ({@link RunbookGroup})</li>
 *   <li>{@code ownership}: {@code groups} ({@link Views.Group}) by owner, at most
 *       {@link #MAX_LISTED} pages each (the group's {@code more} counts the rest)</li>
 *   <li>{@code needs-review}: {@code pages} ({@link ReviewRow}), the {@link #MAX_LISTED} longest
 *       overdue, and {@code overdue}, how many pages are overdue in all</li>
 * </ul>
 * The two lists that grow with the whole handbook are cut at {@link #MAX_LISTED} so that each page
 * stays a size a browser opens quickly, however many pages there are; {@code handbook check --stale}
 * lists every overdue page.
 */
public final class OverviewViews {
    /** The most pages one owner group, or the needs-review list, shows. */
    static final int MAX_LISTED = 500;

    public record OrgNode(String title, String href, String summary, List<OrgNode> reports) {
    }

    public record MatrixRow(String activity, List<String> cells, String audience) {
    }

    public record RitualRow(String title, String href, String duration, String perWeek, String facilitator,
                            String attendees, boolean optional, String audience) {
    }

    public record CadenceGroup(String cadence, List<RitualRow> rituals) {
    }

    public record RoleLoad(String title, String href, String perWeek, int rituals) {
    }

    public record Member(String name, Views.LinkView role) {
    }

    public record TeamRow(String title, String href, String mission, String size, int memberCount,
                          List<Member> members, List<Views.LinkView> leads) {
    }

    public record RunbookRow(String title, String href, String service, String severity, Views.LinkView owner,
                             String lastTested, boolean stale) {
    }

    public record RunbookGroup(String label, List<RunbookRow> runbooks) {
    }

    public record ReviewRow(String title, String href, String reviewed, String due, Views.LinkView owner) {
    }

    private OverviewViews() {
    }

    static Map<String, Object> extra(ResolvedSite site, Page page, String root) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (page.type()) {
            case "org-chart" -> out.put("roots", orgChart(site, root));
            case "responsibilities" -> matrix(site, root, out);
            case "rituals" -> rituals(site, root, out);
            case "teams" -> out.put("teams", teams(site, root));
            case "runbooks" -> runbooks(site, root, out);
            case "ownership" -> out.put("groups", ownership(site, root));
            case "needs-review" -> needsReview(site, root, out);
            default -> {
            }
        }
        return out;
    }

    private static List<OrgNode> orgChart(ResolvedSite site, String root) {
        Map<Integer, List<Integer>> reports = new TreeMap<>();
        List<Integer> roots = new ArrayList<>();
        for (Page p : site.pages()) {
            if (!p.type().equals("role")) continue;
            if (site.fields(p.index()).get("reports_to") instanceof TypedValue.Ref r && r.page().isPresent()) {
                reports.computeIfAbsent(r.page().get(), k -> new ArrayList<>()).add(p.index());
            } else {
                roots.add(p.index());
            }
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
        String summary = site.fields(role).get("summary") instanceof TypedValue.Text t ? t.text() : "";
        return new OrgNode(p.title(), Urls.href(root, p.outputPath()), summary, children);
    }

    private static void matrix(ResolvedSite site, String root, Map<String, Object> out) {
        List<Integer> roles = new ArrayList<>();
        for (Page p : site.pages()) if (p.type().equals("role")) roles.add(p.index());
        out.put("roles", TypeViews.links(site, roles, root));
        List<MatrixRow> rows = new ArrayList<>();
        for (Matrix.Row row : site.matrix().map(Matrix::rows).orElse(List.of())) {
            List<String> cells = new ArrayList<>();
            for (int r : roles) cells.add(row.letterFor(r));
            rows.add(new MatrixRow(row.activity(), cells, row.audience().isEmpty() ? null : row.audience()));
        }
        out.put("rows", rows);
    }

    private static void rituals(ResolvedSite site, String root, Map<String, Object> out) {
        Map<Integer, List<Page>> byCadence = new TreeMap<>();
        Map<Integer, String> cadenceLabel = new TreeMap<>();
        Set<Integer> teamRoles = teamRoles(site);
        Map<Integer, long[]> load = new TreeMap<>(); // role -> {minutes per week, rituals}
        for (Page p : site.pages()) {
            if (!p.type().equals("ritual")) continue;
            Map<String, TypedValue> f = site.fields(p.index());
            if (!(f.get("cadence") instanceof TypedValue.Every e)) continue;
            Cadence c = e.cadence();
            byCadence.computeIfAbsent(c.order(), k -> new ArrayList<>()).add(p);
            cadenceLabel.putIfAbsent(c.order(), TypeViews.capitalise(c.label()));
            long minutes = TypeViews.perWeek(site, p.index()).map(Duration::toMinutes).orElse(0L);
            for (int role : attendees(site, p.index(), teamRoles)) {
                long[] l = load.computeIfAbsent(role, k -> new long[2]);
                l[0] += minutes;
                l[1]++;
            }
        }
        List<CadenceGroup> groups = new ArrayList<>();
        byCadence.forEach((order, pages) -> {
            List<RitualRow> rows = new ArrayList<>();
            for (Page p : pages) rows.add(ritualRow(site, p, root));
            groups.add(new CadenceGroup(cadenceLabel.get(order), rows));
        });
        out.put("groups", groups);
        List<RoleLoad> loads = new ArrayList<>();
        load.forEach((role, l) -> {
            Page p = site.page(role);
            loads.add(new RoleLoad(p.title(), Urls.href(root, p.outputPath()), FieldViews.duration(Duration.ofMinutes(l[0])),
                    (int) l[1]));
        });
        out.put("load", loads);
        out.put("icsHref", Urls.href(root, "rituals.ics"));
    }

    private static RitualRow ritualRow(ResolvedSite site, Page p, String root) {
        Map<String, TypedValue> f = site.fields(p.index());
        String duration = f.get("duration") instanceof TypedValue.Span d ? FieldViews.duration(d.duration()) : "";
        String perWeek = TypeViews.perWeek(site, p.index()).map(FieldViews::duration).orElse("");
        String facilitator = f.get("facilitator") instanceof TypedValue.Ref r && r.page().isPresent()
                ? site.page(r.page().get()).title() : "";
        List<String> who = new ArrayList<>();
        if (f.get("attendees") instanceof TypedValue.Items items) {
            for (TypedValue v : items.items()) {
                if (v instanceof TypedValue.Ref r) {
                    Views.LinkView l = FieldViews.ref(site, r, root);
                    if (l != null) who.add(l.title());
                }
            }
        }
        boolean optional = f.get("optional") instanceof TypedValue.Bool b && b.value();
        String audience = p.audience().equals(site.config().widestAudience()) ? null : p.audience();
        return new RitualRow(p.title(), Urls.href(root, p.outputPath()), duration, perWeek, facilitator,
                String.join(", ", who), optional, audience);
    }

    /** The roles a ritual takes time from: its attendees and facilitator; "team" means every team role. */
    private static Set<Integer> attendees(ResolvedSite site, int ritual, Set<Integer> teamRoles) {
        Set<Integer> out = new java.util.TreeSet<>();
        Map<String, TypedValue> f = site.fields(ritual);
        if (f.get("attendees") instanceof TypedValue.Items items) {
            for (TypedValue v : items.items()) {
                if (v instanceof TypedValue.Ref r && r.page().isPresent()) out.add(r.page().get());
                else if (v instanceof TypedValue.Ref r && r.literal().isPresent()) out.addAll(teamRoles);
            }
        }
        if (f.get("facilitator") instanceof TypedValue.Ref r && r.page().isPresent()) out.add(r.page().get());
        return out;
    }

    /** Roles that appear in any team, as a member's role or a lead; every role when there are no teams. */
    private static Set<Integer> teamRoles(ResolvedSite site) {
        Set<Integer> out = new java.util.TreeSet<>();
        boolean anyTeam = false;
        for (Page p : site.pages()) {
            if (!p.type().equals("team")) continue;
            anyTeam = true;
            Map<String, TypedValue> f = site.fields(p.index());
            if (f.get("leads") instanceof TypedValue.Items leads) {
                for (TypedValue v : leads.items()) if (v instanceof TypedValue.Ref r) r.page().ifPresent(out::add);
            }
            if (f.get("members") instanceof TypedValue.Items members) {
                for (TypedValue m : members.items()) {
                    if (m instanceof TypedValue.Obj o && o.get("role").orElse(null) instanceof TypedValue.Ref r) {
                        r.page().ifPresent(out::add);
                    }
                }
            }
        }
        if (!anyTeam) for (Page p : site.pages()) if (p.type().equals("role")) out.add(p.index());
        return out;
    }

    private static List<TeamRow> teams(ResolvedSite site, String root) {
        List<TeamRow> out = new ArrayList<>();
        for (Page p : site.pages()) {
            if (!p.type().equals("team")) continue;
            Map<String, TypedValue> f = site.fields(p.index());
            List<Member> members = new ArrayList<>();
            if (f.get("members") instanceof TypedValue.Items items) {
                for (TypedValue m : items.items()) {
                    if (!(m instanceof TypedValue.Obj o)) continue;
                    String name = o.get("name").orElse(null) instanceof TypedValue.Text t ? t.text() : "";
                    Views.LinkView role = o.get("role").orElse(null) instanceof TypedValue.Ref r
                            ? FieldViews.ref(site, r, root) : null;
                    members.add(new Member(name, role));
                }
            }
            List<Views.LinkView> leads = new ArrayList<>();
            if (f.get("leads") instanceof TypedValue.Items items) {
                for (TypedValue v : items.items()) {
                    if (v instanceof TypedValue.Ref r && FieldViews.ref(site, r, root) != null) leads.add(FieldViews.ref(site, r, root));
                }
            }
            int n = TeamSize.members(site, p.index());
            String mission = f.get("mission") instanceof TypedValue.Text t ? t.text() : "";
            out.add(new TeamRow(p.title(), Urls.href(root, p.outputPath()), mission,
                    TypeViews.sizeLabel(TeamSize.classify(n)), n, members, leads));
        }
        return out;
    }

    private static void runbooks(ResolvedSite site, String root, Map<String, Object> out) {
        Map<String, List<RunbookRow>> byService = new TreeMap<>();
        Map<String, List<RunbookRow>> bySeverity = new TreeMap<>();
        for (Page p : site.pages()) {
            if (!p.type().equals("runbook")) continue;
            Map<String, TypedValue> f = site.fields(p.index());
            String service = f.get("service") instanceof TypedValue.Text t ? t.text() : "";
            String severity = f.get("severity") instanceof TypedValue.Text t ? t.text() : "";
            Views.LinkView owner = f.get("owner") instanceof TypedValue.Ref r ? FieldViews.ref(site, r, root) : null;
            String tested = f.get("last_tested") instanceof TypedValue.Day d ? d.date().toString() : null;
            RunbookRow row = new RunbookRow(p.title(), Urls.href(root, p.outputPath()), service, severity, owner, tested,
                    site.stale(p));
            byService.computeIfAbsent(service, k -> new ArrayList<>()).add(row);
            bySeverity.computeIfAbsent(severity, k -> new ArrayList<>()).add(row);
        }
        out.put("byService", groups(byService));
        out.put("bySeverity", groups(bySeverity));
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
            Views.LinkView owner = owner(site, p, root);
            String key = owner == null ? "\uffff" : owner.title().toLowerCase(java.util.Locale.ROOT) + "\u0000" + owner.title();
            owners.putIfAbsent(key, owner);
            pages.computeIfAbsent(key, k -> new ArrayList<>()).add(SiteRenderer.link(p, root));
        }
        List<Views.Group> out = new ArrayList<>();
        pages.forEach((key, links) -> {
            Views.LinkView o = owners.get(key);
            List<Views.LinkView> shown = links.size() > MAX_LISTED ? List.copyOf(links.subList(0, MAX_LISTED)) : links;
            out.add(new Views.Group(o == null ? "No owner" : o.title(), o == null ? null : o.href(), shown,
                    links.size() - shown.size()));
        });
        return out;
    }

    static Views.LinkView owner(ResolvedSite site, Page p, String root) {
        TypedValue v = site.fields(p.index()).get("owner");
        if (v instanceof TypedValue.Ref r) return FieldViews.ref(site, r, root);
        if (v instanceof TypedValue.Handle h) return new Views.LinkView(h.handle(), null);
        return null;
    }

    /** {@code pages}: the longest overdue, at most {@link #MAX_LISTED}; {@code overdue}: how many in all. */
    private static void needsReview(ResolvedSite site, String root, Map<String, Object> view) {
        List<Page> stale = new ArrayList<>();
        for (Page p : site.pages()) if (site.stale(p)) stale.add(p);
        stale.sort(Comparator.comparing((Page p) -> site.reviewDue(p).orElse(LocalDate.MIN)).thenComparing(Page::index));
        List<ReviewRow> out = new ArrayList<>();
        for (Page p : stale.subList(0, Math.min(stale.size(), MAX_LISTED))) {
            out.add(new ReviewRow(p.title(), Urls.href(root, p.outputPath()), p.reviewed().map(Object::toString).orElse(""),
                    site.reviewDue(p).map(Object::toString).orElse(""), owner(site, p, root)));
        }
        view.put("pages", out);
        view.put("overdue", stale.size());
    }
}
