package dev.handbook.render;

import dev.handbook.model.Page;
import dev.handbook.model.Ritual;
import dev.handbook.model.Runbook;
import dev.handbook.model.Team;
import dev.handbook.render.OverviewViews.ReviewRow;
import dev.handbook.render.OverviewViews.RunbookGroup;
import dev.handbook.render.OverviewViews.RunbookRow;
import dev.handbook.render.OverviewViews.TeamRow;
import dev.handbook.resolve.ResolvedSite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
            case "org-chart" -> OrgChartDetails.of(site, root);
            case "responsibilities" -> MatrixDetails.of(site, root);
            case "rituals" -> rituals(site, root);
            case "teams" -> new OverviewViews.TeamsView(teams(site, root));
            case "runbooks" -> runbooks(site, root);
            case "ownership" -> new OverviewViews.OwnershipView(ownership(site, root));
            case "needs-review" -> needsReview(site, root);
            case "recent" -> site.recent().isPresent() ? RecentDetails.of(site, root) : null;
            default -> null;
        });
    }

    private static OverviewViews.RitualsView rituals(ResolvedSite site, String root) {
        RitualWeek week = new RitualWeek(site, root);
        List<Ritual> rituals = site.projections().rituals();
        List<OverviewViews.RoleLoad> load = new RitualLoad(site).rows(root);
        int max = load.stream().mapToInt(OverviewViews.RoleLoad::minutes).max().orElse(0);
        return new OverviewViews.RitualsView(week.week(rituals), week.lessOften(rituals), load, max,
                site.today().toString(), Urls.href(root, "rituals.ics"));
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
