package dev.handbook.resolve;

import dev.handbook.diag.Suggestions;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What to say about a front-matter field Handbook does not know. Fields other generators use for
 * something Handbook has get a hint naming Handbook's field and how to keep the old name; any other
 * name gets a "did you mean" only when it is a likely typo (at most one edit per four letters, and
 * never more than two), so {@code review_in} is not taken for {@code reviewed}.
 */
final class ForeignFields {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            mapped("last_reviewed_on", "reviewed", "the date of the last review"),
            mapped("last_reviewed_at", "reviewed", "the date of the last review"),
            mapped("last_reviewed", "reviewed", "the date of the last review"),
            mapped("reviewed_on", "reviewed", "the date of the last review"),
            mapped("reviewed_at", "reviewed", "the date of the last review"),
            Map.entry("review_in", "in Handbook how often a page is reviewed is 'review_every', a number of days: "
                    + "review_in: 6 months is review_every: 180"),
            mapped("nav_order", "weight", "the order among siblings (smaller first)"),
            mapped("sidebar_position", "weight", "the order among siblings (smaller first)"),
            mapped("order", "weight", "the order among siblings (smaller first)"),
            mapped("linkTitle", "nav_title", "the shorter title the sidebar shows"),
            mapped("sidebar_label", "nav_title", "the shorter title the sidebar shows"),
            mapped("old_paths", "aliases", "the old addresses that lead to the page"),
            Map.entry("categories", "in Handbook pages are grouped by 'tags'"));

    private static Map.Entry<String, String> mapped(String field, String ours, String what) {
        return Map.entry(field, "in Handbook " + what + " is '" + ours + "': rename the field, or keep its name and "
                + "map it in handbook.yml (fields: {" + field + ": " + ours + "})");
    }

    private ForeignFields() {
    }

    /** " (did you mean 'x'?)" for a likely typo, or "". */
    static String didYouMean(String field, Collection<String> known) {
        if (KNOWN.containsKey(field)) return "";
        int allowed = Math.max(1, Math.min(2, field.length() / 4));
        return Suggestions.closest(field, known, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** A hint for a field another generator uses for something Handbook has. */
    static Optional<String> hint(String field) {
        return Optional.ofNullable(KNOWN.get(field));
    }
}
