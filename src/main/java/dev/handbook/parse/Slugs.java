package dev.handbook.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Stable anchor ids for headings: lower case, accents dropped, runs of other characters turned
 * into one '-'. "Roles & Responsibilities" becomes {@code roles-responsibilities}; a repeated
 * heading gets {@code -1}, {@code -2}. The same heading text always gives the same id, so links to
 * anchors survive edits elsewhere on the page.
 */
final class Slugs {
    private final Map<String, Integer> used = new HashMap<>();

    /** Reserves an id that must not be handed out again (a footnote id, for instance). */
    void reserve(String id) {
        used.putIfAbsent(id, 0);
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
        return dev.handbook.model.Slug.of(text);
    }
}
