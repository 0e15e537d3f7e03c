package dev.handbook.parse;

import com.vladsch.flexmark.html.HtmlWriter;

/**
 * Writes a page's text and our own markup into Flexmark's HTML writer, for every renderer of the
 * page: text the writer would copy unchanged is deferred ({@link DeferredText}), and each word the
 * page defines as an abbreviation becomes {@code <abbr title="...">}. One per page and renderer.
 */
final class TextWriter {
    private final DeferredText texts;
    private final Abbreviations abbreviations;

    TextWriter(DeferredText texts, Abbreviations abbreviations) {
        this.texts = texts;
        this.abbreviations = abbreviations;
    }

    /** Text as a reader sees it (escapes already undone), with the page's abbreviations marked. */
    void text(String s, HtmlWriter html) {
        if (abbreviations.isEmpty()) {
            plain(s, html);
            return;
        }
        abbreviations.split(s, (from, to) -> plain(s.substring(from, to), html), (word, expansion) -> {
            markup(html, "<abbr title=\"" + HandbookNodeRenderer.attr(expansion) + "\">");
            plain(word, html);
            markup(html, "</abbr>");
        });
    }

    private void plain(String s, HtmlWriter html) {
        DeferredText.Split split = DeferredText.split(s);
        if (split == null) {
            html.text(s);
            return;
        }
        if (split.start() > 0) html.text(s.substring(0, split.start()));
        html.raw(texts.defer(s.substring(split.start(), split.end())));
        if (split.end() < s.length()) html.text(s.substring(split.end()));
    }

    /**
     * Our own markup, deferred when the writer would copy it unchanged (see {@link DeferredText}); a
     * final line break still goes through the writer, which starts the next line with it.
     */
    void markup(HtmlWriter html, String s) {
        boolean eol = s.endsWith("\n");
        String body = eol ? s.substring(0, s.length() - 1) : s;
        html.raw(DeferredText.copiedWhole(body) ? texts.deferHtml(body) : body);
        if (eol) html.raw("\n");
    }
}
