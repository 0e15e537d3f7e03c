package dev.handbook.postprocess;

import dev.handbook.model.Body;
import dev.handbook.model.SourceMarks;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    /** For a build: keeps the marks on raw HTML until the sanitizer has compared what it removed. */
    private static final Safelist WITH_RAW_MARKS = safelist().addAttributes(":all", SourceMarks.ATTRIBUTE);

    private HtmlSanitizer() {
    }

    public static Body clean(Body body) {
        return clean(body, false, "").value();
    }

    /** Cleans the body; {@code keepSourceMarks} when it was parsed with marks for the check. */
    public static Body clean(Body body, boolean keepSourceMarks) {
        return clean(body, keepSourceMarks, "").value();
    }

    /**
     * Cleans the body of a page, {@code file}, and says where it took out something the author wrote:
     * each start tag of raw HTML carries its position ({@link SourceMarks}), so an element or
     * attribute the safelist does not keep is a warning at its line and column ({@code raw-html}).
     * The positions are taken off again unless {@code keepSourceMarks} (the check keeps them).
     */
    public static Staged<Body> clean(Body body, boolean keepSourceMarks, String file) {
        if (!body.rawHtml()) return Staged.of(body);
        Document dirty = Jsoup.parseBodyFragment(HoleMarkers.neutralise(body.html()), BASE);
        Map<String, Written> before = written(dirty);
        Document clean = new Cleaner(keepSourceMarks ? WITH_MARKS : WITH_RAW_MARKS).clean(dirty);
        clean.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        List<Diagnostic> diags = removed(before, written(clean), file);
        if (!keepSourceMarks) clean.select("[" + SourceMarks.ATTRIBUTE + "]").removeAttr(SourceMarks.ATTRIBUTE);
        HoleMarkers.scrubAttributes(clean);
        String html = HoleMarkers.restore(clean.body().html(), body.links().size());
        return new Staged<>(new Body(html, body.headings(), body.links(), body.anchorLinks(), body.text(), body.ids(), false),
                diags);
    }

    /** An element as written at one position: its name and attribute names. */
    private record Written(String tag, Set<String> attributes) {
    }

    private static Map<String, Written> written(Document doc) {
        Map<String, Written> out = new LinkedHashMap<>();
        for (Element e : doc.select("[" + SourceMarks.ATTRIBUTE + "]")) {
            Set<String> names = new TreeSet<>();
            e.attributes().forEach(a -> names.add(a.getKey()));
            names.remove(SourceMarks.ATTRIBUTE);
            out.putIfAbsent(e.attr(SourceMarks.ATTRIBUTE), new Written(e.tagName(), names));
        }
        return out;
    }

    private static List<Diagnostic> removed(Map<String, Written> before, Map<String, Written> after, String file) {
        List<Diagnostic> diags = new ArrayList<>();
        before.forEach((mark, was) -> {
            Optional<SourcePos> pos = position(file, mark);
            if (pos.isEmpty()) return; // a mark of the whole file, or one an author wrote
            Written now = after.get(mark);
            if (now == null) {
                diags.add(Diagnostic.warning(pos.get(), "raw HTML <%s> is left out: raw_html: sanitize does not allow "
                        + "it", was.tag()).withHint(HINT).withRule("raw-html"));
                return;
            }
            Set<String> lost = new TreeSet<>(was.attributes());
            lost.removeAll(now.attributes());
            if (!lost.isEmpty()) {
                diags.add(Diagnostic.warning(pos.get(), "raw HTML <%s>: attribute%s %s left out: raw_html: sanitize "
                                + "does not allow %s", was.tag(), lost.size() > 1 ? "s" : "", "'" + String.join("', '", lost)
                                + "'" + (lost.size() > 1 ? " are" : " is"), lost.size() > 1 ? "them" : "it")
                        .withHint(HINT).withRule("raw-html"));
            }
        });
        return diags;
    }

    private static final String HINT = "raw_html: sanitize keeps the elements and attributes the docs list (Raw HTML); "
            + "raw_html: trusted keeps all of them, for handbooks whose every author is trusted";

    /** The position a mark ({@code "12:5"}) names in {@code file}; empty for the whole-file mark or a malformed one. */
    private static Optional<SourcePos> position(String file, String mark) {
        int colon = mark.indexOf(':');
        try {
            int line = Integer.parseInt(mark.substring(0, colon));
            int column = Integer.parseInt(mark.substring(colon + 1));
            return line > 0 && column > 0 && !file.isEmpty() ? Optional.of(new SourcePos(file, line, column)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
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
                .addAttributes("img", "loading")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
        return s;
    }
}
