package dev.handbook.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which Markdown file is each folder's own page (its section page, or the home page for the top
 * folder), the way the generators handbooks come from decide it, strongest first:
 * <ol>
 *   <li>{@code X/_index.md} or {@code X/index.md} (Hugo, Jekyll, MkDocs, Handbook);</li>
 *   <li>{@code X.md} beside the folder {@code X/} (Jekyll, Hugo, Eleventy, Middleman);</li>
 *   <li>{@code X/README.md}, in any letter case (GitHub, MkDocs).</li>
 * </ol>
 * A weaker candidate of a folder that has a stronger one stays an ordinary page ({@code X/README.md}
 * is then published at {@code X/README/}); {@code X.md} beside an {@code X/} that has an index page
 * claims the same URL and is reported as such by the assembler.
 */
final class FolderPages {
    static final Set<String> INDEX_NAMES = Set.of("_index.md", "index.md", "_index.markdown", "index.markdown");

    /** Page path to the folder it stands for ("" for the home page). */
    private final Map<String, String> folderOfPage;
    /** Folders with two index pages (rule 1), with both paths, for the assembler's error. */
    private final Map<String, List<String>> doubles;

    private FolderPages(Map<String, String> folderOfPage, Map<String, List<String>> doubles) {
        this.folderOfPage = folderOfPage;
        this.doubles = doubles;
    }

    /**
     * @param pages   every page path (under content/, sorted)
     * @param folders every folder that holds a page or a file, with its parents
     */
    static FolderPages of(List<String> pages, Collection<String> folders) {
        Map<String, String> index = new TreeMap<>();
        Map<String, List<String>> doubles = new TreeMap<>();
        for (String p : pages) {
            if (!INDEX_NAMES.contains(name(p))) continue;
            String other = index.putIfAbsent(folderOf(p), p);
            if (other != null) doubles.put(folderOf(p), List.of(other, p));
        }
        Set<String> known = new HashSet<>(folders);
        Map<String, String> chosen = new HashMap<>();
        for (String p : pages) {
            String stem = stem(p);
            if (!stem.equals(p) && !INDEX_NAMES.contains(name(p)) && known.contains(stem) && !index.containsKey(stem)) {
                chosen.putIfAbsent(stem, p);
            }
        }
        for (String p : pages) {
            String folder = folderOf(p);
            if (isReadme(name(p)) && !index.containsKey(folder) && !chosen.containsKey(folder)) {
                chosen.putIfAbsent(folder, p);
            }
        }
        Map<String, String> byPage = new HashMap<>();
        index.forEach((folder, p) -> byPage.put(p, folder));
        chosen.forEach((folder, p) -> byPage.put(p, folder));
        for (List<String> pair : doubles.values()) byPage.remove(pair.get(1));
        return new FolderPages(byPage, doubles);
    }

    /** The folder {@code path} is the page of, if it is one. */
    Optional<String> folderPageOf(String path) {
        return Optional.ofNullable(folderOfPage.get(path));
    }

    boolean isFolderPage(String path) {
        return folderOfPage.containsKey(path);
    }

    /** The folder whose cascade and audience a page takes: its own for a folder's page, else where it lies. */
    String ownFolder(String path) {
        String f = folderOfPage.get(path);
        return f != null ? f : folderOf(path);
    }

    /** The URL a page is published at ({@code roles/em/}; the home page ""). */
    String url(String path) {
        String f = folderOfPage.get(path);
        if (f != null) return f.isEmpty() ? "" : f + "/";
        return stem(path) + "/";
    }

    Map<String, List<String>> doubles() {
        return doubles;
    }

    static boolean isReadme(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("readme.md") || lower.equals("readme.markdown");
    }

    static String folderOf(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The path without its last extension ({@code roles/em.md} gives {@code roles/em}). */
    static String stem(String path) {
        String name = name(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? path.substring(0, path.length() - (name.length() - dot)) : path;
    }
}
