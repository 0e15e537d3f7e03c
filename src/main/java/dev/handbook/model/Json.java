package dev.handbook.model;

import java.util.List;

/**
 * The one writer of JSON strings, in three escapings for the three places JSON goes. Every
 * escaping writes {@code "} and {@code \} as {@code \"} and {@code \\} and control characters as
 * escapes; they differ in what else they escape and which controls get a short name:
 *
 * <ul>
 *   <li>{@link #PLAIN}: JSON for programs ({@code handbook check --format json}); {@code \n},
 *       {@code \r}, {@code \t} by name, U+2028 and U+2029 escaped (older JavaScript ends a string
 *       there), everything else as it is.</li>
 *   <li>{@link #HTML}: JSON that also goes inside a page's HTML (serve's live-reload messages):
 *       as {@link #PLAIN}, but {@code <}, {@code >} and {@code &} escaped too, and only
 *       {@code \n} by name.</li>
 *   <li>{@link #ASCII}: the search index's JavaScript files: nothing but printable ASCII, so no
 *       charset can garble them, and no {@code <}; {@code \n} and {@code \t} by name.</li>
 * </ul>
 *
 * Other escapes are {@code \}{@code u} and four lowercase hex digits.
 *
 * <pre>{@code
 * Json.ASCII.string(sb, "Café")   // appends "Caf\u00e9" (with the quotes)
 * Json.PLAIN.string("a\tb")       // returns "a\tb" (with the quotes, the tab as \t)
 * }</pre>
 */
public enum Json {
    PLAIN("\n\r\t", "\u2028\u2029", false),
    HTML("\n", "<>&\u2028\u2029", false),
    ASCII("\n\t", "<", true);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Whether an ASCII character is written as it is. */
    private final boolean[] asIs = new boolean[128];
    private final String named;
    private final String escaped;
    private final boolean asciiOnly;

    Json(String named, String escaped, boolean asciiOnly) {
        this.named = named;
        this.escaped = escaped;
        this.asciiOnly = asciiOnly;
        for (char c = 0x20; c < 128; c++) asIs[c] = c != '"' && c != '\\' && escaped.indexOf(c) < 0;
        if (asciiOnly) asIs[0x7F] = false;
    }

    /** {@code s} as a JSON string, quotes included. */
    public String string(String s) {
        return string(new StringBuilder(s.length() + 2), s).toString();
    }

    /** Appends {@code s} as a JSON string, quotes included; returns {@code sb}. */
    public StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        int run = 0; // start of the current run of characters written as they are
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? asIs[c] : !asciiOnly && escaped.indexOf(c) < 0) continue;
            sb.append(s, run, i);
            run = i + 1;
            escape(sb, c);
        }
        return sb.append(s, run, s.length()).append('"');
    }

    private void escape(StringBuilder sb, char c) {
        if (c == '"' || c == '\\') {
            sb.append('\\').append(c);
        } else if (named.indexOf(c) >= 0) {
            sb.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
        } else {
            sb.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) sb.append(HEX[(c >> shift) & 0xF]);
        }
    }

    /** Appends {@code items} as a JSON array of strings; returns {@code sb}. */
    public StringBuilder strings(StringBuilder sb, List<String> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(',');
            string(sb, items.get(i));
        }
        return sb.append(']');
    }

    /** Appends {@code items} as a JSON array of numbers; returns {@code sb}. */
    public static StringBuilder ints(StringBuilder sb, int[] items) {
        sb.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(items[i]);
        }
        return sb.append(']');
    }
}
