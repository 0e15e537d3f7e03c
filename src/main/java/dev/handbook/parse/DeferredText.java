package dev.handbook.parse;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.handbook.model.Body;

import java.util.ArrayList;
import java.util.List;

/**
 * Text and markup written into a page's HTML after Flexmark has rendered it. Flexmark's HTML writer
 * looks at every character on its own (for indents, line prefixes and leading-space trimming), which
 * made plain text the costliest part of rendering a page. A piece the writer would copy unchanged
 * goes in as a short marker instead, {@code \u0005N\u0005}, and {@link #restore} puts it back (text
 * escaped with Flexmark's own escaping). The output is the same, byte for byte.
 *
 * <p>One instance per page; not shared between threads.
 */
final class DeferredText {
    static final char MARK = Body.LAST_MARKER;
    /** The HTML of each piece, by the number in its marker. */
    private final List<String> pieces = new ArrayList<>();

    /** The part of a text, {@code [start, end)}, that can be deferred. */
    record Split(int start, int end) {
    }

    /**
     * The part of {@code s} the writer would copy unchanged, or null when there is none: the writer
     * trims spaces that start a line, so the spaces and tabs at either end of a text still go through
     * it (a marker is not a space, so that trimming must never be in question); and a line break
     * would start a line and apply the line's prefix. What remains in between, it only escapes.
     */
    static Split split(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) start++;
        while (end > start && blank(s.charAt(end - 1))) end--;
        if (start == end || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return null;
        return new Split(start, end);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether the writer would copy all of {@code s} unchanged (see {@link #split}). */
    static boolean copiedWhole(String s) {
        Split split = split(s);
        return split != null && split.start() == 0 && split.end() == s.length();
    }

    /** Keeps text {@code s} for later, escaped as Flexmark's writer escapes text; returns the marker to write instead. */
    String defer(String s) {
        return deferHtml(escape(s));
    }

    /**
     * {@code s} escaped as Flexmark's writer escapes text and attributes ({@code & < > "}). Most
     * text holds none of them, and Flexmark's escaping makes a regular-expression matcher for every
     * call to find that out.
     */
    static String escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return Escaping.escapeHtml(s, false);
        }
        return s;
    }

    /** Keeps markup for later, as it is, and returns the marker to write in its place. */
    String deferHtml(String html) {
        pieces.add(html);
        return MARK + Integer.toString(pieces.size() - 1) + MARK;
    }

    /** The rendered HTML with every marker replaced by its piece. */
    String restore(String html) {
        int at = html.indexOf(MARK);
        if (at < 0) return html;
        StringBuilder sb = new StringBuilder(html.length() + pieces.size() * 64);
        int from = 0;
        while (at >= 0) {
            int end = html.indexOf(MARK, at + 1);
            sb.append(html, from, at).append(pieces.get(Integer.parseInt(html, at + 1, end, 10)));
            from = end + 1;
            at = html.indexOf(MARK, from);
        }
        return sb.append(html, from, html.length()).toString();
    }
}
