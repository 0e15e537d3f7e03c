package dev.handbook.parse;

import dev.handbook.diag.LineMap;
import dev.handbook.model.SourceMarks;

import java.util.Locale;
import java.util.Set;

/**
 * Marks each start tag of raw HTML written in Markdown with its position in the file
 * ({@code <a href="x">} becomes {@code <a data-hb-src="12:5" href="x">}), so {@code handbook check}
 * can point at the line of a broken link written in HTML. Used only when the check asks for marks;
 * comments and the text of script-like elements are copied untouched.
 */
final class RawHtmlMarks {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp");

    private RawHtmlMarks() {
    }

    /**
     * @param offset the offset in the file that {@code lines} maps of each character of {@code html}
     *               (raw HTML inside a quote is cut from several lines)
     */
    static String mark(String html, java.util.function.IntUnaryOperator offset, LineMap lines) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
            } else if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
                out.append(html, i, end);
                i = end;
            } else if (i + 1 < n && isLetter(html.charAt(i + 1))) {
                int nameEnd = i + 1;
                while (nameEnd < n && isNameChar(html.charAt(nameEnd))) nameEnd++;
                String name = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
                out.append(html, i, nameEnd).append(SourceMarks.attribute(lines.pos(offset.applyAsInt(i))));
                int tagEnd = endOfTag(html, nameEnd);
                out.append(html, nameEnd, tagEnd);
                i = tagEnd;
                if (RAW_TEXT.contains(name)) {
                    int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                    close = close < 0 ? n : close;
                    out.append(html, i, close);
                    i = close;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just after the '>' that ends a tag, skipping '>' inside quoted attribute values. */
    private static int endOfTag(String html, int from) {
        char quote = 0;
        for (int k = from; k < html.length(); k++) {
            char d = html.charAt(k);
            if (quote != 0) {
                if (d == quote) quote = 0;
            } else if (d == '"' || d == '\'') {
                quote = d;
            } else if (d == '>') {
                return k + 1;
            }
        }
        return html.length();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == ':';
    }
}
