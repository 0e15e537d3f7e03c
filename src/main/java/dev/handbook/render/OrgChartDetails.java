package dev.handbook.render;

import dev.handbook.model.Page;
import dev.handbook.model.Role;
import dev.handbook.model.Team;
import dev.handbook.model.TypedValue;
import dev.handbook.render.OverviewViews.OrgNode;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the org chart: a tree under each role that reports to no one and has reports, and apart
 * from the trees the roles with no reporting line at all. A role whose manager the edition leaves
 * out counts as reporting to no one, so the chart never hints at a hidden role.
 */
final class OrgChartDetails {
    /** A role with more reports than this, none of which has reports, shows them in a column. */
    static final int STACK_ABOVE = 2;

    private OrgChartDetails() {
    }

    static OverviewViews.OrgChartView of(ResolvedSite site, String root) {
        Map<Integer, List<Integer>> reports = new TreeMap<>();
        for (Role role : site.projections().roles()) {
            role.manager().ifPresent(m -> reports.computeIfAbsent(m, k -> new ArrayList<>()).add(role.page()));
        }
        Map<Integer, Integer> teams = teamCounts(site);
        List<OrgNode> roots = new ArrayList<>();
        List<OrgNode> unplaced = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Role role : site.projections().roles()) {
            if (role.manager().isPresent()) continue;
            OrgNode node = node(site, role.page(), reports, teams, root, seen);
            (node.reports().isEmpty() ? unplaced : roots).add(node);
        }
        return new OverviewViews.OrgChartView(roots, unplaced);
    }

    private static OrgNode node(ResolvedSite site, int role, Map<Integer, List<Integer>> reports,
                                Map<Integer, Integer> teams, String root, Set<Integer> seen) {
        Page p = site.page(role);
        List<OrgNode> children = new ArrayList<>();
        if (seen.add(role)) {
            for (int c : reports.getOrDefault(role, List.of())) children.add(node(site, c, reports, teams, root, seen));
        }
        boolean stacked = children.size() > STACK_ABOVE && children.stream().allMatch(c -> c.reports().isEmpty());
        return new OrgNode(p.title(), Urls.href(root, p.outputPath()), teams.getOrDefault(role, 0),
                Links.audience(site, p), stacked, children);
    }

    /** How many teams each role is part of, as a lead or as a member's role. */
    private static Map<Integer, Integer> teamCounts(ResolvedSite site) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (Team team : site.projections().teams()) {
            Set<Integer> roles = new TreeSet<>();
            for (TypedValue.Ref lead : team.leads()) lead.page().ifPresent(roles::add);
            for (Team.Member m : team.members()) m.role().flatMap(TypedValue.Ref::page).ifPresent(roles::add);
            for (int r : roles) out.merge(r, 1, Integer::sum);
        }
        return out;
    }
}
