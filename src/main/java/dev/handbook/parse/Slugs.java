package dev.handbook.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Anchor ids for headings, made as GitHub makes them, so links written for a repository's README
 * ({@code #kings-cross}) keep working: the heading's text in lower case, every character that is not
 * a letter, digit, mark, '_', '-' or space removed, each space made '-'. "Roles &amp; Responsibilities"
 * becomes {@code roles--responsibilities}, "Café au lait" {@code café-au-lait}. A repeated heading gets
 * {@code -1}, {@code -2}; a heading with no such character at all gets {@code section}.
 */
final class Slugs {
    /** Ruby's {@code [^\p{Word}\- ]}, which GitHub's renderer removes; Java's Unicode {@code \w} is the same class. */
    private static final Pattern REMOVED = Pattern.compile("[^\\w\\- ]", Pattern.UNICODE_CHARACTER_CLASS);
    private final Map<String, Integer> used = new HashMap<>();

    /** Reserves an id that must not be handed out again (a footnote id, or one the author chose). */
    void reserve(String id) {
        used.putIfAbsent(id, 0);
    }

    /** Whether {@code id} was handed out or reserved already. */
    boolean taken(String id) {
        return used.containsKey(id);
    }

    String unique(String text) {
        String base = slug(text);
        Integer n = used.get(base);
        if (n == null) {
            used.put(base, 0);
            return base;
        }
        while (true) {
            n++;
            String candidate = base + "-" + n;
            if (!used.containsKey(candidate)) {
                used.put(base, n);
                used.put(candidate, 0);
                return candidate;
            }
        }
    }

    static String slug(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        String s = ascii(lower) ? kept(lower) : REMOVED.matcher(lower).replaceAll("");
        s = s.replace(' ', '-');
        return s.isEmpty() ? "section" : s;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /**
     * What {@link #REMOVED} keeps of ASCII text, without a regular expression (a third of the cost
     * of a heading): letters, digits, '_', '-' and spaces.
     */
    private static String kept(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == ' ';
            if (!keep && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            else if (keep && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }
}
