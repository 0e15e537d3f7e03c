package dev.handbook.render;

import java.util.Objects;

/**
 * Everything one HTML file of the site is rendered from: the layout, where the file goes, and the
 * two views the template sees. Templates receive nothing else, so with the same templates two
 * inputs that are equal render to the same bytes; an incremental build compares a page's new input
 * with its previous one to know whether the page must be rendered again. The views are records,
 * lists and {@link FieldMap}s, whose {@code equals} also compares the order a template writes them in.
 *
 * @param layout     theme-relative name of the template ({@code layouts/page.peb})
 * @param outputPath the file's path in the site ({@code roles/em/index.html})
 */
public record RenderInput(String layout, String outputPath, Views.SiteView site, Views.PageView page) {
    public RenderInput {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(page, "page");
    }
}
