package dev.handbook.importer;

import java.util.Optional;

/**
 * A page split into its front matter and body: YAML between {@code ---} lines, or TOML between
 * {@code +++} lines (Hugo). A page without either is all body.
 *
 * @param frontMatter the text between the fences, without them
 * @param toml        whether the front matter is TOML
 * @param body        everything after the closing fence
 */
record PageText(Optional<String> frontMatter, boolean toml, String body) {
    static PageText split(String text) {
        for (String fence : new String[]{"---", "+++"}) {
            if (!firstLine(text).equals(fence)) continue;
            int start = text.indexOf('\n') + 1;
            int at = start;
            while (at <= text.length()) {
                int end = text.indexOf('\n', at);
                String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
                if (line.equals(fence) || fence.equals("---") && line.equals("...")) {
                    return new PageText(Optional.of(text.substring(start, at)), fence.equals("+++"),
                            end < 0 ? "" : text.substring(end + 1));
                }
                if (end < 0) break;
                at = end + 1;
            }
        }
        return new PageText(Optional.empty(), false, text);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).stripTrailing();
    }

    /** The page again, with YAML front matter when it has any. */
    static String join(String yaml, String body) {
        if (yaml.isBlank()) return body;
        return "---\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "---\n" + body;
    }
}
