package dev.handbook.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs' {@code nav:} as the {@code nav:} of handbook.yml, which takes the same tree. A folder
 * entry of the literate-nav plugin ({@code User Guide: user-guide/}) becomes a group of the pages
 * its nav file lists, in that order; a link to another site, which the sidebar cannot hold, is
 * kept as a comment and listed for a person.
 */
final class MkDocsNav {
    private static final Pattern ITEM = Pattern.compile("^[-*+]\\s+\\[([^\\]]+)\\]\\(([^)\\s]+)\\)\\s*$");

    private final SrcTree tree;
    private final String docs;
    private final Optional<String> navFile;
    private final List<String> out;
    private final Tally tally;

    MkDocsNav(SrcTree tree, String docs, Optional<String> navFile, List<String> out, Tally tally) {
        this.tree = tree;
        this.docs = docs;
        this.navFile = navFile;
        this.out = out;
        this.tally = tally;
    }

    void entries(List<?> entries, int depth) {
        String indent = "  ".repeat(depth + 1);
        for (Object e : entries) {
            if (e instanceof String path) {
                out.add(indent + "- " + YamlText.scalar(path));
            } else if (e instanceof Map<?, ?> m && m.size() == 1) {
                String label = String.valueOf(m.keySet().iterator().next());
                Object v = m.get(label);
                if (v instanceof List<?> children) {
                    out.add(indent + "- " + YamlText.scalar(label) + ":");
                    entries(children, depth + 2);
                } else if (v instanceof String path && path.matches("[a-z]+://.*")) {
                    out.add(indent + "# - " + YamlText.scalar(label) + ": " + path
                            + "   # the sidebar holds pages of the handbook only");
                    tally.note("nav: '" + label + "' leads to another site (" + path + "); kept as a comment in handbook.yml");
                } else if (v instanceof String path && path.endsWith("/") && navFile.isPresent()
                        && literate(label, path, depth)) {
                    tally.rewrote("nav: a folder's literate-nav file to its entries");
                } else {
                    out.add(indent + "- " + YamlText.scalar(label) + ": " + YamlText.scalar(String.valueOf(v)));
                }
            }
        }
    }

    /** A folder whose nav file lists its pages: the group of that folder, its nav file first. */
    private boolean literate(String label, String folder, int depth) {
        String dir = folder.substring(0, folder.length() - 1);
        String file = docs + "/" + dir + "/" + navFile.get();
        Optional<String> text = tree.text(file);
        if (text.isEmpty()) return false;
        String indent = "  ".repeat(depth + 1);
        out.add(indent + "- " + YamlText.scalar(label) + ":");
        out.add(indent + "    - " + YamlText.scalar(dir + "/" + navFile.get()));
        for (String line : text.get().split("\n")) {
            Matcher m = ITEM.matcher(line.strip());
            if (!m.matches() || m.group(2).contains("://")) continue;
            out.add(indent + "    - " + YamlText.scalar(m.group(1)) + ": " + YamlText.scalar(dir + "/" + m.group(2)));
        }
        return true;
    }
}
