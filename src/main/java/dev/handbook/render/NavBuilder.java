package dev.handbook.render;

import dev.handbook.model.NavTree;
import dev.handbook.model.Page;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A page's sidebar: the top level of the handbook, and below it only the ancestors of the current
 * page, their siblings and the page's children. Each level shows at most {@link #WINDOW} entries
 * around the one on the current path, so per-page navigation stays the same size however big the
 * handbook grows (a full tree in every page makes output grow with pages squared).
 */
final class NavBuilder {
    static final int WINDOW = 40;

    private NavBuilder() {
    }

    static List<Views.NavItem> sidebar(ResolvedSite site, int current, String root) {
        NavTree nav = site.nav();
        Set<Integer> path = new HashSet<>(nav.ancestors(current));
        path.add(current);
        return level(site, 0, current, path, root);
    }

    private static List<Views.NavItem> level(ResolvedSite site, int parent, int current, Set<Integer> path, String root) {
        NavTree nav = site.nav();
        int n = nav.childCount(parent);
        // The child on the current page's path is its ancestor one level below parent (or the
        // page itself); its position comes from the tree, not from scanning a long section.
        int onPath = -1;
        for (int p : path) if (nav.parent(p) == parent) onPath = nav.positionInParent(p);
        int start = 0;
        int end = n;
        if (n > WINDOW) {
            start = Math.max(0, Math.min(n - WINDOW, onPath - WINDOW / 2));
            end = start + WINDOW;
        }
        List<Views.NavItem> items = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            int child = nav.child(parent, i);
            Page p = site.page(child);
            boolean open = path.contains(child) && nav.childCount(child) > 0;
            items.add(new Views.NavItem(nav.label(child).orElse(p.title()), Urls.href(root, p.outputPath()),
                    child == current, open,
                    open ? level(site, child, current, path, root) : List.of(), 0, null));
        }
        if (end - start < n) {
            items.add(new Views.NavItem("", "", false, false, List.of(), n - (end - start),
                    Urls.href(root, site.page(parent).outputPath())));
        }
        return items;
    }
}
