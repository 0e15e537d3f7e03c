package dev.handbook.importer;

import java.util.Map;
import java.util.Optional;

/**
 * What converting one page may read: where it came from and goes, its front matter, the plan of the
 * whole import (every page's new path, the site's parameters) and the source tree.
 *
 * @param src         the page's path under SRC
 * @param content     its path under the new content/
 * @param frontMatter its front matter as plain values
 */
record PageContext(String src, String content, Map<String, Object> frontMatter, Plan plan, SrcTree tree,
                   Optional<String> sourceUrl) {

    /** The folder of the page under SRC. */
    String srcFolder() {
        return Layouts.folderOf(src);
    }

    /** The new content path of a file under SRC, when the import writes it. */
    Optional<String> contentOf(String srcPath) {
        for (Plan.Entry e : plan.pages) if (e.src().equals(srcPath)) return Optional.of(e.content());
        for (Plan.Entry e : plan.files) if (e.src().equals(srcPath)) return Optional.of(e.content());
        return Optional.empty();
    }

    /** The link from this page to a content path: relative, as Handbook links are written. */
    String linkTo(String contentPath) {
        return Paths.relative(Layouts.folderOf(content), contentPath);
    }

    /** A front-matter value as text, or a site parameter, for the generators' "param" reads. */
    Optional<String> param(String name, boolean pageFirst) {
        Object page = frontMatter.get(name);
        if (page == null && frontMatter.get("params") instanceof Map<?, ?> p) page = p.get(name);
        Object site = plan.params.get(name);
        Object v = pageFirst && page != null ? page : site != null ? site : page;
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
