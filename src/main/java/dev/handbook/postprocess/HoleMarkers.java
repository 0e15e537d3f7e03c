package dev.handbook.postprocess;

import dev.handbook.model.Body;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a page's link holes (see {@link Body}) apart from what its author wrote when jsoup reads
 * the page's HTML and writes it again. jsoup decodes character references, so an author's
 * {@code &#x1;0&#x2;} in raw HTML and a hole the renderer wrote would come out alike; and it may
 * carry a hole into an attribute value when the author's HTML leaves a quote open. So: the author's
 * references to a marker character are made U+FFFD before jsoup reads the page, markers that end up
 * in an attribute are made U+FFFD after, and then every marker jsoup wrote as a reference is one of
 * the renderer's, in text, and becomes a hole again (issue 23.15).
 */
final class HoleMarkers {
    /**
     * A numeric character reference to U+0000 to U+0005 ({@link Body#LAST_MARKER}), as HTML reads
     * one: decimal or hex, leading zeros, the semicolon optional.
     */
    private static final Pattern MARKER_REFERENCE = Pattern.compile("&#(?:[xX]0*[0-5](?![0-9a-fA-F])|0*[0-5](?![0-9]));?");
    /** A hole as jsoup writes it: its marker, link number and end as references. */
    private static final Pattern ESCAPED_HOLE = Pattern.compile("&#x([1-4]);([0-9]{1,9})&#x2;");

    private HoleMarkers() {
    }

    /**
     * {@code html} with every character reference to a marker character made {@code &#xFFFD;}. The
     * renderer writes markers as characters, never as references, and text from Markdown has its
     * references decoded and escaped already, so a reference here is an author's, in raw HTML.
     */
    static String neutralise(String html) {
        if (html.indexOf("&#") < 0) return html;
        return MARKER_REFERENCE.matcher(html).replaceAll("&#xFFFD;");
    }

    /** Makes every marker character in an attribute value U+FFFD: a hole is text, never part of an attribute. */
    static void scrubAttributes(Document doc) {
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String v = a.getValue();
                if (v.chars().anyMatch(c -> c <= Body.LAST_MARKER)) {
                    StringBuilder sb = new StringBuilder(v);
                    for (int i = 0; i < sb.length(); i++) if (sb.charAt(i) <= Body.LAST_MARKER) sb.setCharAt(i, '\uFFFD');
                    a.setValue(sb.toString());
                }
            }
        }
    }

    /**
     * Turns the holes jsoup wrote as references ({@code &#x1;0&#x2;}) back into holes, for the
     * page's own links only. After {@link #neutralise} and {@link #scrubAttributes} every such
     * reference is one the renderer put in text.
     */
    static String restore(String html, int links) {
        if (links == 0 || html.indexOf("&#x") < 0) return html;
        Matcher m = ESCAPED_HOLE.matcher(html);
        StringBuilder sb = new StringBuilder(html.length());
        while (m.find()) {
            char kind = (char) (m.group(1).charAt(0) - '0');
            boolean hole = kind != Body.END && Long.parseLong(m.group(2)) < links;
            m.appendReplacement(sb, Matcher.quoteReplacement(hole ? kind + m.group(2) + Body.END : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
