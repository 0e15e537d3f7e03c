package dev.handbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import writes, decided from the source tree and its generator's configuration before any
 * page is converted: each page and file with its path in the new {@code content/}, the settings for
 * handbook.yml, and what the generator's Markdown extensions need to know.
 */
final class Plan {
    /** A source file and where it goes under content/. */
    record Entry(String src, String content) {
        Entry {
            Objects.requireNonNull(src, "src");
            Objects.requireNonNull(content, "content");
        }
    }

    final List<Entry> pages = new ArrayList<>();
    final List<Entry> files = new ArrayList<>();
    /** Whether files are copied only when a page links to them (a repository holds more than the handbook). */
    boolean onlyLinkedFiles;
    /** The folder of SRC that is the content root, where '/' of a site URL points. */
    String contentRoot = "";
    String title = "";
    String description = "";
    Optional<String> baseUrl = Optional.empty();
    /** The nav: block of handbook.yml, as YAML lines, empty for none. */
    final List<String> nav = new ArrayList<>();
    /** Old address to new target, for redirects: in handbook.yml. */
    final Map<String, String> redirects = new LinkedHashMap<>();
    /** The site's parameters, for Hugo's {@code param} and Liquid's {@code site.x}. */
    final Map<String, Object> params = new LinkedHashMap<>();
    /** Markdown extensions of MkDocs that the importer converts. */
    boolean callouts;
    Optional<String> ghLinksRepo = Optional.empty();
    /**
     * Where pymdownx.snippets reads snippets from, under SRC (its {@code base_path}, read from where
     * MkDocs runs: SRC); empty when mkdocs.yml does not enable the extension.
     */
    Optional<List<String>> snippetBases = Optional.empty();
    /** pymdownx.snippets' {@code restrict_base_path}: a snippet's path must stay inside its base. */
    boolean snippetsRestricted = true;
    /** Whether mkdocs.yml enables the mkdocstrings plugin or the mkdocs-click extension ({@code ::: x} blocks). */
    boolean mkdocstrings;
    boolean mkdocsClick;
    /** Whether mkdocs.yml enables mkdocs-autorefs (itself, or by mkdocstrings), and where its ids lead. */
    boolean autorefs;
    AutoRefs.Targets autorefTargets = AutoRefs.Targets.NONE;
    /** Where Jekyll's includes, or Middleman's partials, are under SRC. */
    String includes = "";

    Optional<Entry> pageFromSrc(String src) {
        return pages.stream().filter(e -> e.src().equals(src)).findFirst();
    }
}
