package dev.handbook.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one rendered page with jsoup. What can be decided from the page alone is reported at once
 * (element ids used twice, links to {@code #anchors} of the page itself, readability lint); links to
 * other files are handed back, since those files may not be rendered yet.
 */
final class PageInspector {
    /** Attributes that load a file, by element: a missing one is reported as a missing file. */
    private static final Map<String, String> FILE_ATTRIBUTES = Map.of("script", "src", "link", "href",
            "source", "src", "video", "src", "audio", "src", "track", "src", "iframe", "src", "embed", "src");
    /** {@code <link rel>} values that name another document rather than a file the page loads. */
    private static final Set<String> LINK_RELS_NOT_LOADED = Set.of("canonical", "alternate", "preconnect",
            "dns-prefetch", "author", "license", "help", "search", "next", "prev", "me");

    /** What kind of reference an URL is, for the rule it breaks when its target is missing. */
    enum Kind {
        LINK("broken-link", "broken link"), IMAGE("missing-image", "missing image"), FILE("missing-file", "missing file");

        final String rule;
        final String label;

        Kind(String rule, String label) {
            this.rule = rule;
            this.label = label;
        }
    }

    /** A reference to another file of the site, to verify once every file is known. */
    record Reference(Origin origin, Kind kind, String written, String path, String fragment) {
    }

    /** An http(s) URL found on the page. */
    record ExternalUse(String url, Origin origin) {
    }

    /**
     * What the page holds for the checks that need the whole site.
     *
     * @param ids        every element id (and {@code <a name>}) of the page
     * @param pageLinks  pages of the site this page links to without a fragment (for orphans)
     * @param references every other reference to a file of the site
     */
    record Result(Set<String> ids, Set<String> pageLinks, List<Reference> references, List<ExternalUse> externals) {
    }

    private final String outputPath;
    private final Optional<String> pageFile;
    private final Map<String, String> knownPages;
    private final Findings findings;
    private final Set<String> ids = new HashSet<>();
    private final Set<String> pageLinks = new LinkedHashSet<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<ExternalUse> externals = new ArrayList<>();

    /**
     * @param knownPages site path of every content page (known before any is rendered) to itself: a
     *                   plain link to one needs no second look
     */
    private PageInspector(String outputPath, Optional<String> pageFile, Map<String, String> knownPages,
                          Findings findings) {
        this.outputPath = outputPath;
        this.pageFile = pageFile;
        this.knownPages = knownPages;
        this.findings = findings;
    }

    static Result inspect(String outputPath, String html, Optional<String> pageFile, Map<String, String> knownPages,
                          Findings findings) {
        return new PageInspector(outputPath, pageFile, knownPages, findings).run(Jsoup.parse(html));
    }

    private Result run(Document doc) {
        Elements all = doc.getAllElements();
        collectIds(all);
        int level = 1;
        for (Element e : all) {
            switch (e.normalName()) {
                case "a", "area" -> {
                    if (e.hasAttr("href")) {
                        String href = e.attr("href");
                        reference(e, href, Kind.LINK);
                        if (e.nameIs("a")) Lint.linkText(e, () -> origin(e), () -> target(e, href), findings);
                    }
                }
                case "img" -> {
                    String src = e.attr("src");
                    reference(e, src, Kind.IMAGE);
                    for (String candidate : srcset(e.attr("srcset"))) reference(e, candidate, Kind.IMAGE);
                    Lint.imageAlt(e, () -> origin(e), () -> target(e, src), findings);
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> level = Lint.headingLevel(e, level, () -> origin(e), findings);
                default -> fileReference(e);
            }
        }
        return new Result(Set.copyOf(ids), pageLinks, references, externals);
    }

    /** Ids of the page; an id used twice is reported where an author can fix it: Markdown before theme. */
    private void collectIds(Elements all) {
        Map<String, Element> first = new HashMap<>();
        for (Element e : all) {
            if (e.nameIs("a") && !e.attr("name").isEmpty()) ids.add(e.attr("name"));
            String id = e.id();
            if (id.isEmpty()) continue;
            ids.add(id);
            Element earlier = first.putIfAbsent(id, e);
            if (earlier == null) continue;
            Origin a = origin(earlier);
            Origin b = origin(e);
            if (a.fromTheme() != b.fromTheme()) {
                Element mine = a.fromTheme() ? e : earlier;
                findings.error(a.fromTheme() ? b : a, "duplicate-id", "id '" + id
                        + "' is used twice on this page: the theme uses it too", renameHint(mine));
            } else if (a.fromTheme()) {
                findings.error(b, "duplicate-id", "id '" + id + "' is used twice on this page", "");
            } else {
                findings.error(b, "duplicate-id", "id '" + id + "' is used twice on this page (first at "
                        + a.source().get() + ")", renameHint(e));
            }
        }
    }

    private static String renameHint(Element e) {
        return e.normalName().matches("h[1-6]") ? "rename the heading, or the other element's id" : "";
    }

    private void fileReference(Element e) {
        String attr = FILE_ATTRIBUTES.get(e.normalName());
        if (attr == null || !e.hasAttr(attr)) {
            if (e.nameIs("video") && e.hasAttr("poster")) reference(e, e.attr("poster"), Kind.IMAGE);
            return;
        }
        // The 404 page asks for its script at several depths on purpose, since a host serves it for
        // missing paths at any depth (the theme's 404.peb); from where it is stored most lead nowhere.
        if (e.nameIs("script") && e.hasAttr("data-root-probe") && outputPath.equals("404.html")) return;
        if (e.nameIs("link")) {
            for (String rel : e.attr("rel").toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (LINK_RELS_NOT_LOADED.contains(rel)) return;
            }
        }
        reference(e, e.attr(attr), Kind.FILE);
        if (e.nameIs("source")) for (String c : srcset(e.attr("srcset"))) reference(e, c, Kind.IMAGE);
    }

    private void reference(Element e, String href, Kind kind) {
        if (href.isBlank()) {
            if (kind != Kind.LINK) findings.error(origin(e), kind.rule, kind.label + ": the element has no URL", "");
            return;
        }
        SiteUrl.Target t = SiteUrl.resolve(outputPath, href);
        if (t instanceof SiteUrl.External x) {
            externals.add(new ExternalUse(x.url(), origin(e)));
        } else if (t instanceof SiteUrl.Outside) {
            Origin o = origin(e);
            findings.error(o, kind.rule, kind.label + " '" + href + "': it leads outside the site", "");
        } else if (t instanceof SiteUrl.Local l) {
            local(e, kind, href, l);
        }
    }

    private void local(Element e, Kind kind, String href, SiteUrl.Local l) {
        if (l.path().equals(outputPath)) {
            if (kind == Kind.LINK && !l.fragment().isEmpty() && !ids.contains(l.fragment()) && !isTop(l.fragment())) {
                Origin o = origin(e);
                String where = o.fromTheme() ? l.path() + " has no element with" : "no element on this page has";
                findings.error(o, "missing-anchor", "link " + shown(o, href, l.path() + "#" + l.fragment()) + ": "
                        + where + " the id '" + l.fragment() + "'", "");
            }
            return;
        }
        String page = knownPages.get(l.path());
        if (kind == Kind.LINK && l.fragment().isEmpty() && page != null) {
            pageLinks.add(page); // the shared string: a big site keeps one copy of each path
            return;
        }
        references.add(new Reference(origin(e), kind, href, l.path(), l.fragment()));
    }

    /** How a message names a URL: as written when it came from Markdown, else by its site path (the same on every page). */
    static String shown(Origin o, String written, String sitePath) {
        return o.fromTheme() ? "to " + sitePath : "'" + written + "'";
    }

    /** "#top" scrolls to the top of any page. */
    static boolean isTop(String fragment) {
        return fragment.equalsIgnoreCase("top");
    }

    /** How lint names a link's target: as written in Markdown, or by site path for the theme (the same on every page). */
    private String target(Element e, String href) {
        if (!origin(e).fromTheme()) return href;
        SiteUrl.Target t = href.isBlank() ? new SiteUrl.Ignored() : SiteUrl.resolve(outputPath, href);
        return t instanceof SiteUrl.Local l ? l.path() + (l.fragment().isEmpty() ? "" : "#" + l.fragment()) : href;
    }

    private Origin origin(Element e) {
        return Origin.of(e, outputPath, pageFile);
    }

    /** The URLs of a {@code srcset} ("a.png 1x, b.png 2x"). */
    private static List<String> srcset(String srcset) {
        List<String> out = new ArrayList<>();
        if (srcset.isBlank()) return out;
        for (String candidate : srcset.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) out.add(url);
        }
        return out;
    }
}
