package dev.handbook.search;

import java.util.Arrays;
import java.util.List;

/**
 * JSON written straight into a growing byte buffer, its strings escaped byte for byte as
 * {@link dev.handbook.model.Json#ASCII} escapes them (nothing but printable ASCII, no {@code <},
 * {@code \n} and {@code \t} by name, other escapes as {@code \}{@code u} and four lowercase hex
 * digits). The files of pages are most of the search index (65 MB of JSON at 10,000 pages) and go
 * to the deflater as bytes: writing them as bytes at once saves building them in a
 * {@code StringBuilder} and copying that out character by character, and snippet text is
 * collapsed and escaped in one pass ({@link #collapsed}). Not thread-safe; reused page after page.
 *
 * <pre>{@code
 * json.reset();
 * json.raw('[').string("Café").raw(']');   // bytes ["Caf\u00e9"]
 * }</pre>
 */
final class AsciiJson {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 written as it is, else the letter after the backslash ({@code 'u'} for a code). */
    private static final byte[] ESCAPE = new byte[128];
    /** The ASCII characters that snippet text writes as they are: those {@link #ESCAPE} leaves, but the space. */
    private static final boolean[] TEXT_AS_IS = new boolean[128];

    static {
        for (int c = 0; c < 0x20; c++) ESCAPE[c] = 'u';
        ESCAPE['\n'] = 'n';
        ESCAPE['\t'] = 't';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        ESCAPE['<'] = 'u';
        ESCAPE[0x7F] = 'u';
        for (int c = 0; c < 128; c++) TEXT_AS_IS[c] = ESCAPE[c] == 0 && c != ' ';
    }

    private byte[] out = new byte[64 * 1024];
    private int size;
    private char[] chars = new char[1024];

    /** Empties the buffer. */
    void reset() {
        size = 0;
    }

    /** The buffer: its first {@link #size} bytes are the JSON written. */
    byte[] bytes() {
        return out;
    }

    int size() {
        return size;
    }

    /** Appends an ASCII character as it is (a bracket, a comma). */
    AsciiJson raw(char c) {
        room(1);
        out[size++] = (byte) c;
        return this;
    }

    /** Appends {@code s} as a JSON string, quotes included. */
    AsciiJson string(String s) {
        int n = read(s);
        room(6 * n + 2);
        byte[] o = out;
        char[] cs = chars;
        int at = size;
        o[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80 && ESCAPE[c] == 0) o[at++] = (byte) c;
            else at = escape(o, at, c);
        }
        o[at++] = '"';
        size = at;
        return this;
    }

    /** Appends {@code items} as a JSON array of strings. */
    AsciiJson strings(List<String> items) {
        raw('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) raw(',');
            string(items.get(i));
        }
        return raw(']');
    }

    /**
     * Appends, as a JSON string, the first {@code limit} characters of {@code text} with each run of
     * whitespace as one space, none at the start (snippets are shown on one line); returns how many
     * characters that string holds. Reads no further into the text than it needs: a page keeps only
     * the start of its text.
     */
    int collapsed(String text, int limit) {
        int n = read(text);
        room(6 * Math.min(n, Math.max(limit, 0)) + 2);
        byte[] o = out;
        char[] cs = chars;
        int at = size;
        o[at++] = '"';
        int k = 0;
        int i = 0;
        while (i < n && k < limit) {
            // A run of characters written as they are: one output character each, so the limit
            // bounds the run and needs no check per character.
            int stop = limit - k >= n - i ? n : i + (limit - k);
            int from = i;
            char c = 0;
            while (i < stop && (c = cs[i]) < 0x80 && TEXT_AS_IS[c]) {
                o[at++] = (byte) c;
                i++;
            }
            k += i - from;
            if (i == stop) break;
            if (c <= ' ' && isSpace(c)) {
                do i++; while (i < n && cs[i] <= ' ' && isSpace(cs[i]));
                if (k > 0) {
                    o[at++] = ' ';
                    k++;
                }
            } else {
                at = escape(o, at, c);
                k++;
                i++;
            }
        }
        o[at++] = '"';
        size = at;
        return k;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Copies {@code s} into {@link #chars}; returns its length. */
    private int read(String s) {
        int n = s.length();
        if (n > chars.length) chars = new char[Math.max(n, 2 * chars.length)];
        s.getChars(0, n, chars, 0);
        return n;
    }

    /** Writes {@code c}, one that needs it, escaped into {@code o} at {@code at}; returns where it ended. */
    private static int escape(byte[] o, int at, char c) {
        byte e = c < 0x80 ? ESCAPE[c] : (byte) 'u';
        o[at++] = '\\';
        o[at++] = e;
        if (e == 'u') {
            o[at++] = HEX[(c >> 12) & 0xF];
            o[at++] = HEX[(c >> 8) & 0xF];
            o[at++] = HEX[(c >> 4) & 0xF];
            o[at++] = HEX[c & 0xF];
        }
        return at;
    }

    private void room(int more) {
        if (size + more > out.length) out = Arrays.copyOf(out, Math.max(size + more, 2 * out.length));
    }
}
