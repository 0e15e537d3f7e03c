package dev.handbook.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The section tree of a site, by page index: each page's parent and ordered children. Arrays of
 * ints, shared by every page's render, so a 100,000-page site keeps one small tree instead of a
 * navigation model per page.
 */
public final class NavTree {
    private final int[] parent;
    private final int[][] children;
    /** Each page's position among its parent's children, so no lookup scans a long section. */
    private final int[] position;
    /** The sidebar's label of each page that has one other than its title, else null. */
    private final String[] labels;

    /** @param parent each page's parent index, -1 for the home page; children in display order */
    public NavTree(int[] parent, int[][] children) {
        this(parent, children, new String[parent.length]);
    }

    /**
     * @param labels each page's sidebar label ({@code nav:} in handbook.yml, or its {@code nav_title}),
     *               null for a page the sidebar names by its title
     */
    public NavTree(int[] parent, int[][] children, String[] labels) {
        if (parent.length != children.length || labels.length != parent.length) throw new IllegalArgumentException("sizes differ");
        this.labels = labels.clone();
        this.parent = parent.clone();
        this.children = new int[children.length][];
        for (int i = 0; i < children.length; i++) this.children[i] = children[i].clone();
        this.position = new int[parent.length];
        java.util.Arrays.fill(position, -1);
        for (int[] siblings : this.children) {
            for (int i = 0; i < siblings.length; i++) position[siblings[i]] = i;
        }
    }

    /** The label the sidebar and breadcrumbs show for a page, when it has one other than its title. */
    public java.util.Optional<String> label(int page) {
        return java.util.Optional.ofNullable(labels[page]);
    }

    public int size() {
        return parent.length;
    }

    /** The parent's index, or -1 for the root. */
    public int parent(int page) {
        return parent[page];
    }

    public int childCount(int page) {
        return children[page].length;
    }

    public int child(int page, int i) {
        return children[page][i];
    }

    public int[] children(int page) {
        return children[page].clone();
    }

    /** Position of {@code page} among its parent's children, or -1 for the root. */
    public int positionInParent(int page) {
        if (parent[page] < 0) return -1;
        int i = position[page];
        if (i < 0 || children[parent[page]][i] != page) {
            throw new IllegalStateException("page " + page + " missing from its parent's children");
        }
        return i;
    }

    /** Ancestors from the root down to the parent of {@code page}. */
    public List<Integer> ancestors(int page) {
        List<Integer> up = new ArrayList<>();
        for (int p = parent[page]; p >= 0; p = parent[p]) up.add(p);
        java.util.Collections.reverse(up);
        return up;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NavTree t && Arrays.equals(parent, t.parent) && Arrays.deepEquals(children, t.children)
                && Arrays.equals(labels, t.labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parent);
    }
}
