package dev.handbook.resolve;

import dev.handbook.config.SiteConfig;
import dev.handbook.model.LinkTarget;
import dev.handbook.model.NavTree;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.parse.ParsedData;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The edition being built, with every reference resolved: pages in reading order, the section
 * tree, each page's link targets and backlinks, the tags, and the static files. Contains nothing
 * the edition's audience may not read.
 *
 * @param links     for each page, the target of each of its {@code body().links()}, by index
 * @param backlinks for each page, the pages that link to it, in reading order
 * @param tags      tag slug to the tag's display name and pages
 */
public record ResolvedSite(SiteConfig config, String edition, List<Page> pages, NavTree nav,
                           List<List<LinkTarget>> links, List<List<Integer>> backlinks,
                           SortedMap<String, Tag> tags, List<StaticFile> statics, List<ParsedData> data) {
    public ResolvedSite {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(edition, "edition");
        pages = List.copyOf(pages);
        Objects.requireNonNull(nav, "nav");
        links = List.copyOf(links);
        backlinks = List.copyOf(backlinks);
        tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        statics = List.copyOf(statics);
        data = List.copyOf(data);
        if (nav.size() != pages.size() || links.size() != pages.size() || backlinks.size() != pages.size()) {
            throw new IllegalArgumentException("per-page lists differ in size");
        }
    }

    /** A tag: the name as first written, its URL slug and the pages carrying it, in reading order. */
    public record Tag(String name, String slug, List<Integer> pages) {
        public Tag {
            pages = List.copyOf(pages);
        }
    }

    public Page page(int index) {
        return pages.get(index);
    }

    public Page home() {
        return pages.get(0);
    }
}
