package dev.handbook.parse;

import java.util.OptionalInt;

/**
 * The depth budget of a page: how deeply block containers (quotes, list items) nest on one line.
 * Flexmark parses nesting recursively, so a line of a thousand {@code >} (or {@code - - - ...})
 * would overflow the stack; real pages never nest more than a handful of levels.
 */
final class Nesting {
    static final int MAX_DEPTH = 64;

    private Nesting() {
    }

    /** The 1-based line of the first line nested deeper than {@link #MAX_DEPTH}, if any. */
    static OptionalInt tooDeep(String text) {
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int depth = 0;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (c == ' ' || c == '\t') {
                    j++;
                } else if (c == '>') {
                    depth++;
                    j++;
                } else if ((c == '-' || c == '*' || c == '+') && j + 1 < n && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
                    depth++;
                    j += 2;
                } else if (c >= '0' && c <= '9') {
                    int k = j;
                    while (k < n && k - j < 9 && text.charAt(k) >= '0' && text.charAt(k) <= '9') k++;
                    if (k + 1 < n && (text.charAt(k) == '.' || text.charAt(k) == ')') && text.charAt(k + 1) == ' ') {
                        depth++;
                        j = k + 2;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (depth > MAX_DEPTH) return OptionalInt.of(line);
            }
            int nl = text.indexOf('\n', j);
            if (nl < 0) break;
            i = nl + 1;
            line++;
        }
        return OptionalInt.empty();
    }
}
