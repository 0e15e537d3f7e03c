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
     * @param logoHref   link to the logo of handbook.yml, or null
     * @param faviconHref link to the favicon of handbook.yml, or null
     * @param baseUrl    the absolute URL of the site from handbook.yml's {@code base_url}, or null
     * @param pageUrl    the absolute URL of the page being rendered (its canonical URL), or null
     *                   without {@code base_url} and on the 404 page
     * @param recentHref link to the "Recently changed" page, or null when the site has none
     * @param feedHref   link to its Atom feed ({@code recent.xml}), or null when the site has none
     */
    public record SiteView(String title, String description, String language, String root, String homeHref,
                           String assets, String edition, boolean restricted, String tagsHref, String version,
                           String logoHref, String faviconHref, String baseUrl, String pageUrl, String recentHref,
                           String feedHref) {
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

    /** A page listed on its section's page; {@code meta} is a short typed summary ("Daily · 15 min"), or "". */
    public record ChildView(String title, String href, String description, boolean section, String meta) {
    }

    /** A label and a value, for a fact sheet of a typed page. */
    public record Fact(String label, String value) {
    }

    /**
     * Links under a heading: backlinks of one type, pages of one owner, runbooks of one service;
     * {@code more} counts the links left out to keep a page's size bounded (see OverviewViews).
     */
    public record Group(String label, String href, List<LinkView> links, int more) {
        public Group(String label, String href, List<LinkView> links) {
            this(label, href, links, 0);
        }

        public int total() {
            return links.size() + more;
        }
    }

    /**
     * What a page shows besides what every page has: its type's own record, read by the layout of
     * the same name.
     * <ul>
     *   <li>the built-in types ({@link TypeViews}): {@link TypeViews.RoleView} for {@code role},
     *       {@link TypeViews.TeamView}, {@link TypeViews.RitualView}, {@link TypeViews.ProcessView},
     *       {@link TypeViews.RunbookView};</li>
     *   <li>the generated overview pages ({@link OverviewViews}): {@link OverviewViews.OrgChartView} for
     *       {@code org-chart}, {@link OverviewViews.MatrixView} for {@code responsibilities},
     *       {@link OverviewViews.RitualsView}, {@link OverviewViews.TeamsView}, {@link OverviewViews.RunbooksView},
     *       {@link OverviewViews.OwnershipView}, {@link OverviewViews.NeedsReviewView},
     *       {@link OverviewViews.RecentView} for {@code recent}.</li>
     * </ul>
     * A new one is a record in one of those two classes, named in {@code permits} below, and a case
     * in its builder ({@link TypeDetails} or {@link OverviewDetails}).
     */
    public sealed interface Details permits TypeViews.RoleView, TypeViews.TeamView, TypeViews.RitualView,
            TypeViews.ProcessView, TypeViews.RunbookView, OverviewViews.OrgChartView, OverviewViews.MatrixView,
            OverviewViews.RitualsView, OverviewViews.TeamsView, OverviewViews.RunbooksView, OverviewViews.OwnershipView,
            OverviewViews.NeedsReviewView, OverviewViews.RecentView, RedirectView {
        /**
         * The sections the layout adds after the page's own content, for its "on this page" list;
         * their ids are the ids the layout gives their headings, their titles the layout's words.
         */
        default List<TocItem> sections(dev.handbook.model.Messages words) {
            return List.of();
        }
    }

    /**
     * What a redirect page ({@code layouts/redirect.peb}) leads to: the target's title (or the URL of
     * another site) and its address, relative to the redirect page like every link.
     */
    public record RedirectView(String title, String href) implements Details {
    }

    /**
     * The page being rendered.
     *
     * @param kind        home, section, page, tag or tags
     * @param type        the page type; {@code typeLabel} is how readers name it ("Role")
     * @param typed       whether the page's type declares fields (a role, a runbook, a type of your own)
     * @param content     the page's HTML, ready to insert with {@code | raw}
     * @param nav         the sidebar's items, for {@code partials/nav.peb}
     * @param sidebar     the HTML {@code partials/nav.peb} writes for {@code nav}, spliced from pieces
     *                    rendered once per site ({@link NavPieces}), or null when the layout must
     *                    include {@code nav.peb} itself
     * @param fields      the fields of a type a handbook adds (see {@link FieldMap}); empty for the
     *                    built-in types, which have {@code details} instead, and for untyped pages
     * @param facts       the type's fields as label/value rows, for a generic fact sheet
     * @param details     the record of the page's type or generated view (see {@link Details}), or null
     * @param prev        previous page in reading order, or null
     * @param next        next page in reading order, or null
     * @param backlinks   pages that link here, grouped by their type
     * @param owner       who owns the page (a link to the role or team, or a handle without href), or null
     * @param reviewed    date of the last review (YYYY-MM-DD), or null
     * @param reviewDue   when the next review is due, or null
     * @param stale       whether the review is overdue
     * @param changed     when the source last changed in git (YYYY-MM-DD), or null
     * @param changedBy   who made that change, or null
     * @param editHref    link to edit the source, or null
     * @param audience    the audience the page is restricted to, or null when everyone may read it
     */
    public record PageView(String title, String description, String kind, String type, String typeLabel,
                           boolean typed, String content, List<LinkView> breadcrumbs, List<NavItem> nav,
                           String sidebar, List<TocItem> toc, LinkView prev, LinkView next, List<ChildView> children,
                           List<Group> backlinks, List<LinkView> tags, FieldMap fields, List<Fact> facts,
                           Details details, LinkView owner, String reviewed, String reviewDue, boolean stale,
                           String changed, String changedBy, String editHref, String audience) {
    }
}
