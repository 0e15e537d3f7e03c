package dev.handbook.postprocess;

import dev.handbook.model.Body;
import dev.handbook.model.SourceMarks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

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
        Document dirty = Jsoup.parseBodyFragment(HoleMarkers.neutralise(body.html()), BASE);
        Document clean = new Cleaner(keepSourceMarks ? WITH_MARKS : SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        HoleMarkers.scrubAttributes(clean);
        String html = HoleMarkers.restore(clean.body().html(), body.links().size());
        return new Body(html, body.headings(), body.links(), body.anchorLinks(), body.text(), body.ids(), false);
    }

    private static Safelist safelist() {
        Safelist s = Safelist.relaxed()
                .addTags("aside", "section", "details", "summary", "figure", "figcaption", "kbd", "mark", "del",
                        "ins", "s", "abbr", "hr", "input", "nav", "var", "samp", "time")
                .addAttributes(":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden")
                .addAttributes("section", "data-audience")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("details", "open")
                .addAttributes("time", "datetime")
                .addAttributes("td", "align")
                .addAttributes("th", "align", "scope")
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
        return s;
    }
}
