package dev.handbook.resolve;

import dev.handbook.model.NavTree;
import dev.handbook.model.Page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the section tree and the reading order. Children are sorted as {@code nav:} in handbook.yml
 * lists them (see {@link NavOrder}), then by weight, then title, then path (so the order never
 * depends on the file system), and the reading order is a depth-first
 * walk: a section, then its pages and subsections in order. Previous/next links follow it.
 */
final class TreeBuilder {
    static final Comparator<Page> ORDER = Comparator.comparingInt(Page::weight)
            .thenComparing(p -> p.title().toLowerCase(Locale.ROOT))
            .thenComparing(Page::path);

    /** Pages renumbered in reading order, with the tree over those numbers. */
    record Tree(List<Page> pages, NavTree nav) {
    }

    private TreeBuilder() {
    }

    static Tree build(List<Page> unordered) {
        return build(new NavOrder.Arranged(unordered, Map.of(), Map.of()));
    }

    /** The tree with the order and labels of {@code nav:}: listed pages first, in the order listed. */
    static Tree build(NavOrder.Arranged arranged) {
        List<Page> unordered = arranged.pages();
        Comparator<Page> siblings = Comparator.<Page>comparingInt(p -> arranged.rank().getOrDefault(p.path(), Integer.MAX_VALUE))
                .thenComparing(ORDER);
        Map<String, Page> sectionByFolder = new HashMap<>();
        for (Page p : unordered) {
            if (p.kind() != Page.Kind.PAGE) sectionByFolder.put(folderOfSection(p), p);
        }
        Map<Page, List<Page>> children = new java.util.IdentityHashMap<>();
        Page home = sectionByFolder.get("");
        for (Page p : unordered) {
            if (p.kind() == Page.Kind.HOME) continue;
            String folder = p.kind() == Page.Kind.SECTION
                    ? PageAssembler.folderOf(folderOfSection(p))
                    : PageAssembler.folderOf(p.path());
            Page parent = sectionByFolder.get(folder);
            if (parent == null) throw new IllegalStateException("no section for folder '" + folder + "'");
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
        }
        children.values().forEach(list -> list.sort(siblings));

        List<Page> order = new ArrayList<>(unordered.size());
        Deque<Page> stack = new ArrayDeque<>();
        stack.push(home);
        while (!stack.isEmpty()) {
            Page p = stack.pop();
            order.add(p);
            List<Page> kids = children.getOrDefault(p, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
        if (order.size() != unordered.size()) throw new IllegalStateException("pages outside the tree");

        Map<Page, Integer> index = new java.util.IdentityHashMap<>();
        List<Page> renumbered = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
            renumbered.add(order.get(i).withIndex(i));
        }
        int[] parent = new int[order.size()];
        int[][] kids = new int[order.size()][];
        java.util.Arrays.fill(parent, -1);
        for (int i = 0; i < order.size(); i++) {
            List<Page> c = children.getOrDefault(order.get(i), List.of());
            kids[i] = new int[c.size()];
            for (int j = 0; j < c.size(); j++) {
                int child = index.get(c.get(j));
                kids[i][j] = child;
                parent[child] = i;
            }
        }
        String[] labels = new String[order.size()];
        for (int i = 0; i < order.size(); i++) labels[i] = arranged.labels().get(order.get(i).path());
        return new Tree(renumbered, new NavTree(parent, kids, labels));
    }

    /** The folder a section page stands for ("" for the home page). */
    static String folderOfSection(Page p) {
        return p.url().isEmpty() ? "" : p.url().substring(0, p.url().length() - 1);
    }
}
