package dev.handbook.config;

import dev.handbook.diag.SourcePos;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of handbook.yml about how content is organised and addressed, mostly for handbooks
 * that came from another generator: the sidebar's order and labels ({@code nav:}), old addresses
 * that must keep working ({@code redirects:}), front-matter names a team kept ({@code fields:}),
 * words that keep their capitals in generated titles ({@code acronyms:}), and whether links must be
 * written as {@code .md} paths ({@code link_style: md}).
 *
 * <pre>{@code
 * nav:
 *   - index.md
 *   - Getting started: getting-started.md
 *   - About:
 *       - about/release-notes.md
 * redirects:
 *   user-guide/plugins.md: dev-guide/plugins.md
 * fields:
 *   last_reviewed_on: reviewed
 * acronyms: [18F, TTS]
 * link_style: md
 * }</pre>
 *
 * @param nav        the sidebar tree as written, empty when handbook.yml has none
 * @param redirects  old address to new target, in the order written
 * @param fieldNames a front-matter name to the Handbook field it stands for
 * @param acronyms   words as they are written in titles made from file and folder names
 * @param mdLinks    true when {@code link_style: md} asks for every internal link as a file path
 */
public record ContentSettings(List<NavEntry> nav, List<RedirectRule> redirects, Map<String, String> fieldNames,
                              List<String> acronyms, boolean mdLinks) {
    public ContentSettings {
        nav = List.copyOf(nav);
        redirects = List.copyOf(redirects);
        fieldNames = Collections.unmodifiableMap(new TreeMap<>(fieldNames));
        acronyms = List.copyOf(acronyms);
    }

    public static ContentSettings standard() {
        return new ContentSettings(List.of(), List.of(), Map.of(), List.of(), false);
    }

    /**
     * One entry of {@code nav:}: a page ({@code path}, with an optional label), or a labelled group
     * of entries. A group is the section its entries share.
     */
    public record NavEntry(Optional<String> label, Optional<String> path, List<NavEntry> children, SourcePos pos) {
        public NavEntry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(path, "path");
            children = List.copyOf(children);
            Objects.requireNonNull(pos, "pos");
        }

        public boolean isGroup() {
            return path.isEmpty();
        }
    }

    /**
     * One entry of {@code redirects:}: an old address (a site URL such as {@code /old/page/} or a
     * former file such as {@code user-guide/plugins.md}) and what it leads to (a page, as a link to it
     * would be written from the content root, or an http(s) URL).
     */
    public record RedirectRule(String from, String to, SourcePos pos) {
        public RedirectRule {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(pos, "pos");
        }
    }
}
