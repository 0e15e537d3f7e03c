package dev.handbook.postprocess;

import dev.handbook.model.Body;
import dev.handbook.model.SourceMarks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw-HTML policy's default: HTML that authors wrote inside Markdown is cleaned with jsoup's
 * relaxed safelist plus the markup our own Markdown renderer emits (ids, classes, task-list
 * checkboxes, asides, details). Scripts, event handlers, styles, iframes, forms and every URL
 * whose scheme is not http, https, mailto or tel are removed; comments too. Only pages whose
 * authors wrote HTML pay for this pass.
 */
public final class HtmlSanitizer {
    /** Relative links are resolved against this only to test their scheme; they are kept as written. */
    private static final String BASE = "https://handbook.invalid/";
    private static final Safelist SAFELIST = safelist();
    private static final Pattern ESCAPED_HOLE = Pattern.compile("&#x([1-4]);([0-9]{1,9})&#x2;");
    /** For {@code handbook check}: keeps the source marks too (see {@link SourceMarks}). */
    private static final Safelist WITH_MARKS = safelist().addTags(SourceMarks.TAG)
            .addAttributes(":all", SourceMarks.ATTRIBUTE);

    private HtmlSanitizer() {
    }

    public static Body clean(Body body) {
        return clean(body, false);
    }

    /** Cleans the body; {@code keepSourceMarks} when it was parsed with marks for the check. */
    public static Body clean(Body body, boolean keepSourceMarks) {
        if (!body.rawHtml()) return body;
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false)
                .charset(java.nio.charset.StandardCharsets.UTF_8)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        String html = Jsoup.clean(body.html(), BASE, keepSourceMarks ? WITH_MARKS : SAFELIST, out);
        html = restoreHoles(html, body.links().size());
        return new Body(html, body.headings(), body.links(), body.anchorLinks(), body.text(), body.ids(), false);
    }

    /**
     * jsoup writes the control characters of link holes (see {@link Body}) as {@code &#x1;}, which
     * left every internal link of a page with raw HTML unfilled. Turns them back into holes, only
     * where they form a hole for one of the page's links, and only in text: our renderer writes holes
     * nowhere else, and an author who types such entities gets text, or at worst a second copy of one
     * of the page's own links, never a link's markup inside an attribute.
     */
    static String restoreHoles(String html, int links) {
        if (links == 0 || html.indexOf("&#x") < 0) return html;
        Matcher m = ESCAPED_HOLE.matcher(html);
        StringBuilder sb = new StringBuilder(html.length());
        MarkupScanner scan = new MarkupScanner(html);
        while (m.find()) {
            char kind = (char) (m.group(1).charAt(0) - '0');
            long n = Long.parseLong(m.group(2));
            boolean hole = kind != Body.END && n < links && scan.inTextAt(m.start());
            m.appendReplacement(sb, Matcher.quoteReplacement(hole ? kind + m.group(2) + Body.END : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Whether a position of jsoup's output is in text or inside a tag, reading forward only. jsoup
     * writes {@code <} in text as {@code &lt;} and always quotes attribute values with {@code "},
     * writing one inside a value as {@code &quot;}; so a {@code <} in text opens a tag, and a
     * {@code >} outside quotes closes it.
     */
    private static final class MarkupScanner {
        private final String html;
        private int at;
        private boolean inTag;
        private boolean inQuotes;

        MarkupScanner(String html) {
            this.html = html;
        }

        boolean inTextAt(int position) {
            for (; at < position; at++) {
                char c = html.charAt(at);
                if (!inTag) {
                    inTag = c == '<';
                } else if (c == '"') {
                    inQuotes = !inQuotes;
                } else if (c == '>' && !inQuotes) {
                    inTag = false;
                }
            }
            return !inTag;
        }
    }

    private static Safelist safelist() {
        Safelist s = Safelist.relaxed()
                .addTags("aside", "section", "details", "summary", "figure", "figcaption", "kbd", "mark", "del",
                        "ins", "s", "abbr", "hr", "input", "nav", "var", "samp", "time")
                .addAttributes(":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden")
                .addAttributes("section", "data-audience")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("details", "open")
                .addAttributes("pre", "data-hl-lines", "data-linenums")
                .addAttributes("time", "datetime")
                .addAttributes("td", "align")
                .addAttributes("th", "align", "scope")
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
        return s;
    }
}
