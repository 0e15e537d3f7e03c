package dev.handbook.render;

import dev.handbook.model.Body;
import dev.handbook.model.Link;
import dev.handbook.model.LinkTarget;
import dev.handbook.model.Page;
import dev.handbook.resolve.ResolvedSite;

import java.util.List;

/**
 * Fills the link holes of a page's HTML (see {@link Body}) now that every target is known. A link
 * to something this edition hides becomes its own text: no URL, no title, nothing of the target.
 */
final class HoleFiller {
    private HoleFiller() {
    }

    static String fill(ResolvedSite site, Page page, String root) {
        String html = page.body().html();
        if (page.body().links().isEmpty()) return html;
        List<Link> links = page.body().links();
        List<LinkTarget> targets = site.links().get(page.index());
        StringBuilder out = new StringBuilder(html.length() + links.size() * 96);
        int i = 0;
        while (i < html.length()) {
            // Every hole ends with END: find the next one, then its marker and number before it. Content
            // cannot make these characters (the parser turns them into U+FFFD), but a stray one must
            // never crash the build or become a link.
            int end = html.indexOf(Body.END, i);
            if (end < 0) {
                out.append(html, i, html.length());
                break;
            }
            int marker = end - 1;
            while (marker >= i && html.charAt(marker) >= '0' && html.charAt(marker) <= '9') marker--;
            int n = marker < i || !isMarker(html.charAt(marker)) ? -1 : index(html, marker + 1, end);
            if (n < 0 || n >= links.size()) { // not one of ours: keep the text, drop the stray END
                out.append(html, i, end);
                i = end + 1;
                continue;
            }
            out.append(html, i, marker); // the text up to the hole, in one piece
            char c = html.charAt(marker);
            Link link = links.get(n);
            LinkTarget target = targets.get(n);
            if (c == Body.OPEN) open(out, link, target, site, root);
            else if (c == Body.CLOSE) close(out, link, target);
            else out.append(Html.escape(titleOf(target, site)));
            i = end + 1;
        }
        return out.toString();
    }

    private static boolean isMarker(char c) {
        return c == Body.OPEN || c == Body.CLOSE || c == Body.TITLE;
    }

    private static int index(String html, int from, int to) {
        if (to - from < 1 || to - from > 9) return -1;
        int n = 0;
        for (int k = from; k < to; k++) {
            char c = html.charAt(k);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static void open(StringBuilder out, Link link, LinkTarget target, ResolvedSite site, String root) {
        String href = href(target, site, root);
        if (link.image()) {
            if (href == null) {
                out.append(Html.escape(link.alt()));
            } else {
                out.append("<img src=\"").append(Html.escape(href)).append("\" alt=\"").append(Html.escape(link.alt()))
                        .append('"');
                if (!link.title().isEmpty() && !link.attributes().containsKey("title")) out.append(" title=\"").append(Html.escape(link.title())).append('"');
                attributes(out, link);
                out.append(" loading=\"lazy\">");
            }
            return;
        }
        if (href == null) return;
        out.append("<a href=\"").append(Html.escape(href)).append('"');
        if (!link.title().isEmpty() && !link.attributes().containsKey("title")) out.append(" title=\"").append(Html.escape(link.title())).append('"');
        attributes(out, link);
        out.append('>');
    }

    /** The attributes of the link's attribute list ({@code {: .class}}), which the parser checked are safe. */
    private static void attributes(StringBuilder out, Link link) {
        link.attributes().forEach((k, v) -> out.append(' ').append(k).append("=\"").append(Html.escape(v)).append('"'));
    }

    private static void close(StringBuilder out, Link link, LinkTarget target) {
        if (!link.image() && (target instanceof LinkTarget.ToPage || target instanceof LinkTarget.ToFile)) {
            out.append("</a>");
        }
    }

    private static String href(LinkTarget target, ResolvedSite site, String root) {
        if (target instanceof LinkTarget.ToPage p) {
            return Urls.href(root, site.page(p.page()).outputPath()) + Urls.fragment(p.anchor());
        }
        if (target instanceof LinkTarget.ToFile f) return Urls.href(root, f.outputPath());
        return null;
    }

    private static String titleOf(LinkTarget target, ResolvedSite site) {
        return target instanceof LinkTarget.ToPage p ? site.page(p.page()).title() : site.messages().text("link.unavailable");
    }
}
