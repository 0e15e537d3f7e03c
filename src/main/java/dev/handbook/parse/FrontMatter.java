package dev.handbook.parse;

import java.util.Optional;

/**
 * Where a page's front matter is. The block starts with a line {@code ---} as the very first line
 * and ends with the next line {@code ---} (or {@code ...}).
 *
 * @param yaml      the YAML text between the fences, if the page has front matter
 * @param yamlLine  the 1-based line in the file where that YAML text starts
 * @param bodyStart offset in the file where the Markdown body starts
 * @param unclosed  true when the opening fence has no closing one
 */
record FrontMatter(Optional<String> yaml, int yamlLine, int bodyStart, boolean unclosed) {
    static FrontMatter split(String text) {
        if (!startsWithFence(text)) return new FrontMatter(Optional.empty(), 0, 0, false);
        int yamlStart = text.indexOf('\n') + 1;
        int lineStart = yamlStart;
        int line = 2;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String l = text.substring(lineStart, lineEnd).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return new FrontMatter(Optional.of(text.substring(yamlStart, lineStart)), 2,
                        end < 0 ? text.length() : end + 1, false);
            }
            if (end < 0) break;
            lineStart = end + 1;
            line++;
        }
        return new FrontMatter(Optional.empty(), 2, text.length(), true);
    }

    private static boolean startsWithFence(String text) {
        if (!text.startsWith("---")) return false;
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return first.stripTrailing().equals("---");
    }

    /**
     * The file's text with the front matter blanked out, so Flexmark offsets are file offsets:
     * every character of the block becomes a space, newlines stay.
     */
    static String blankOut(String text, int bodyStart) {
        if (bodyStart == 0) return text;
        // Only the block is visited; the body is copied in one piece (copying the whole text into
        // a char array and back took 5% of parsing a page under the quick JIT).
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < bodyStart; i++) sb.append(text.charAt(i) == '\n' ? '\n' : ' ');
        return sb.append(text, bodyStart, text.length()).toString();
    }
}
