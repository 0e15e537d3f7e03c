package dev.handbook.importer;

import java.util.Locale;
import java.util.Map;

/** Handbook's admonition block ({@code !!! warning "Title"} and its text indented by four spaces). */
final class Admonitions {
    /** Names other generators give their callouts, to the admonition kind Handbook's theme draws. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "info"), Map.entry("primary", "note"),
            Map.entry("secondary", "note"), Map.entry("light", "note"), Map.entry("dark", "note"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"),
            Map.entry("important", "important"), Map.entry("highlight", "important"), Map.entry("new", "important"),
            Map.entry("warning", "warning"), Map.entry("caution", "warning"), Map.entry("attention", "warning"),
            Map.entry("danger", "danger"), Map.entry("error", "danger"), Map.entry("alert", "warning"),
            Map.entry("callout", "note"));

    private Admonitions() {
    }

    /** The admonition kind for a callout's name or colour, {@code note} for one it does not know. */
    static String kind(String name) {
        String k = KINDS.get(name.toLowerCase(Locale.ROOT).strip());
        return k == null ? "note" : k;
    }

    static boolean known(String name) {
        return KINDS.containsKey(name.toLowerCase(Locale.ROOT).strip());
    }

    /** The block, starting and ending with a blank line so it never joins the paragraphs around it. */
    static String block(String kind, String title, String content) {
        StringBuilder sb = new StringBuilder("\n!!! ").append(kind);
        if (!title.isBlank()) sb.append(" \"").append(title.strip().replace("\"", "'")).append('"');
        sb.append('\n');
        String trimmed = content.strip();
        for (String line : trimmed.split("\n", -1)) {
            sb.append(line.isBlank() ? "" : "    " + line).append('\n');
        }
        return sb.append('\n').toString();
    }
}
