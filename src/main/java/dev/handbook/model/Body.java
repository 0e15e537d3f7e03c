package dev.handbook.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A page's Markdown turned into an HTML fragment with holes for internal links.
 *
 * <p>A hole is a marker made of control characters that can never come from content (the loader
 * replaces them): {@code \u0001N\u0002} opens link N (or stands for all of image N),
 * {@code \u0003N\u0002} closes it, and {@code \u0004N\u0002} is the text of a reference written
 * without text. The render stage fills them once every page's URL, title and audience is known.
 *
 * @param html      the fragment with holes
 * @param headings  every heading, in order, with its id
 * @param links     internal links, by index
 * @param anchorLinks same-page anchors ({@code #x}) written in the body, for checking
 * @param text      plain text per heading, for search
 * @param ids       every element id the fragment defines (headings, footnotes)
 * @param rawHtml   whether the author wrote HTML, which the sanitiser must then clean
 */
public record Body(String html, List<Heading> headings, List<Link> links, List<AnchorLink> anchorLinks,
                   List<TextBlock> text, Set<String> ids, boolean rawHtml) {
    public static final char OPEN = '\u0001';
    public static final char END = '\u0002';
    public static final char CLOSE = '\u0003';
    public static final char TITLE = '\u0004';
    /**
     * The highest control character used as a marker: the Markdown stage also marks deferred text with
     * {@code \u0005} (see the parser). Source text never carries any of them; they become U+FFFD.
     */
    public static final char LAST_MARKER = '\u0005';

    public Body {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        anchorLinks = List.copyOf(anchorLinks);
        text = List.copyOf(text);
        ids = Set.copyOf(ids);
    }

    public static Body empty() {
        return new Body("", List.of(), List.of(), List.of(), List.of(), Set.of(), false);
    }

    /** A link to an anchor on the same page, {@code [see below](#rituals)}. */
    public record AnchorLink(String anchor, dev.handbook.diag.SourcePos pos) {
    }
}
