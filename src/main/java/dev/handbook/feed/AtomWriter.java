package dev.handbook.feed;

import dev.handbook.model.Page;
import dev.handbook.resolve.RecentChanges;
import dev.handbook.resolve.ResolvedSite;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Atom XML of one edition's recent changes, as {@link RecentFeed} describes it. */
final class AtomWriter {
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final String NO_DATE = "1970-01-01T00:00:00Z";
    /** Pages named in an entry's title when its subject is not shown; the rest are counted. */
    private static final int TITLES = 3;

    private final ResolvedSite site;
    private final RecentChanges recent;
    private final String base;

    AtomWriter(ResolvedSite site, RecentChanges recent) {
        this.site = site;
        this.recent = recent;
        this.base = site.config().baseUrl().orElse("");
    }

    String xml() {
        StringBuilder x = new StringBuilder(1024 + recent.changes().size() * 600);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.attr(site.config().language()))
                .append("\">\n");
        String title = site.config().title();
        element(x, "  ", "id", base.isEmpty() ? uuid("feed " + title + " " + site.edition()) : base + RecentChanges.FEED);
        element(x, "  ", "title", site.messages().format("recent.feed_title", Map.of("title", title)));
        element(x, "  ", "updated", recent.changes().isEmpty() ? NO_DATE : date(recent.changes().get(0).committed()));
        x.append("  <author>");
        element(x, "", "name", title);
        x.append("</author>\n");
        Page page = site.page(recent.page());
        link(x, "  ", "alternate", "text/html", href(page.url()));
        if (!base.isEmpty()) link(x, "  ", "self", "application/atom+xml", base + RecentChanges.FEED);
        element(x, "  ", "generator", "Handbook");
        for (RecentChanges.Change c : recent.changes()) entry(x, c, page);
        x.append("</feed>\n");
        return x.toString();
    }

    private void entry(StringBuilder x, RecentChanges.Change c, Page page) {
        x.append("  <entry>\n");
        element(x, "    ", "id", uuid("entry " + (base.isEmpty() ? site.config().title() : base) + " "
                + site.edition() + " " + c.commit()));
        element(x, "    ", "title", c.subject().orElseGet(() -> site.messages().format("recent.updated_pages", Map.of("pages", titles(c)))));
        element(x, "    ", "updated", date(c.committed()));
        x.append("    <author>");
        element(x, "", "name", c.author());
        x.append("</author>\n");
        link(x, "    ", "alternate", "text/html", href(page.url()) + "#" + c.anchor());
        for (int p : c.pages()) link(x, "    ", "related", "text/html", href(site.page(p).url()));
        element(x, "    ", "content type=\"html\"", "content", html(c));
        x.append("  </entry>\n");
    }

    /** The entry's content, as the page shows it: the pages changed, linked, and those removed. */
    private String html(RecentChanges.Change c) {
        StringBuilder h = new StringBuilder("<ul>");
        for (int p : c.pages()) {
            Page changed = site.page(p);
            h.append("<li><a href=\"").append(Xml.attr(href(changed.url()))).append("\">")
                    .append(Xml.text(changed.title())).append("</a></li>");
        }
        for (String r : c.removed()) h.append("<li>").append(Xml.text(site.messages().format("recent.removed", Map.of("path", r)))).append("</li>");
        return h.append("</ul>").toString();
    }

    private String titles(RecentChanges.Change c) {
        List<String> names = new ArrayList<>();
        for (int p : c.pages()) names.add(site.page(p).title());
        names.addAll(c.removed());
        if (names.size() <= TITLES) return String.join(", ", names);
        return site.messages().format("recent.and_more", Map.of("list", String.join(", ", names.subList(0, TITLES)),
                "n", names.size() - TITLES));
    }

    private String href(String url) {
        String path = Xml.encodePath(url);
        return base.isEmpty() ? (path.isEmpty() ? "./" : path) : base + path;
    }

    private static String date(OffsetDateTime t) {
        return t.format(RFC3339);
    }

    private static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("handbook recent.xml " + name).getBytes(StandardCharsets.UTF_8));
    }

    private static void element(StringBuilder x, String indent, String name, String text) {
        element(x, indent, name, name, text);
    }

    private static void element(StringBuilder x, String indent, String open, String close, String text) {
        x.append(indent).append('<').append(open).append('>').append(Xml.text(text)).append("</").append(close)
                .append('>');
        if (!indent.isEmpty()) x.append('\n');
    }

    private static void link(StringBuilder x, String indent, String rel, String type, String href) {
        x.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(Xml.attr(href)).append("\"/>\n");
    }
}
