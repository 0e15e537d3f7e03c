package dev.handbook.render;

import java.util.List;

/**
 * The data templates see, and nothing else: flat records of text, URLs (already relative to the
 * page being rendered) and ready HTML. Templates never receive paths, files, the model or engine
 * objects. A field documented as "or null" is absent when null; every list may be empty.
 */
public final class Views {
    private Views() {
    }

    /**
     * The site, as every page sees it.
     *
     * @param root       relative prefix from the current page to the site root ("" or "../../")
     * @param homeHref   link to the home page
     * @param assets     prefix of the theme's assets folder
     * @param edition    the audience this edition is for
     * @param restricted true when the edition is not the widest one: the theme says so on every page
     * @param tagsHref   link to the tags index, or null when no page has tags
     */
    public record SiteView(String title, String description, String language, String root, String homeHref,
                           String assets, String edition, boolean restricted, String tagsHref, String version) {
    }

    /** A link with its text. */
    public record LinkView(String title, String href) {
    }

    /**
     * An entry of the sidebar. {@code open} items show their children; {@code more} counts the
     * siblings left out to keep each page's navigation small, with {@code moreHref} listing them all.
     */
    public record NavItem(String title, String href, boolean current, boolean open, List<NavItem> children,
                          int more, String moreHref) {
    }

    /** An entry of the "on this page" table of contents. */
    public record TocItem(String id, String text, int level) {
    }

    /** A page listed on its section's page. */
    public record ChildView(String title, String href, String description, boolean section) {
    }

    /**
     * The page being rendered.
     *
     * @param kind       home, section, page, tag or tags
     * @param content    the page's HTML, ready to insert with {@code | raw}
     * @param prev       previous page in reading order, or null
     * @param next       next page in reading order, or null
     * @param owner      who owns the page, or null
     * @param reviewed   date of the last review (YYYY-MM-DD), or null
     * @param editHref   link to edit the source, or null
     * @param audience   the audience the page is restricted to, or null when everyone may read it
     */
    public record PageView(String title, String description, String kind, String type, String content,
                           List<LinkView> breadcrumbs, List<NavItem> nav, List<TocItem> toc, LinkView prev,
                           LinkView next, List<ChildView> children, List<LinkView> backlinks, List<LinkView> tags,
                           String owner, String reviewed, String editHref, String audience) {
    }
}
