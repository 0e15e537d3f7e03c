package dev.handbook.incremental;

import dev.handbook.model.OutputFile;
import dev.handbook.model.StaticFile;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.search.SearchIndex;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * The search index in the site an {@link IncrementalBuild} serves, and the resolved site it was
 * made from. The index reads every page (its statistics are the whole site's), so serve does not
 * make it in the rebuild that serves an edited page: the site keeps the last index, whole and
 * consistent, until {@link IncrementalBuild#updateSearch} replaces it. A {@link SearchIndex} kept
 * here remembers each page's terms, so that costs the pages that changed plus the scoring.
 */
final class ServedIndex {
    private static final String DIR = SearchIndex.DIR.toLowerCase(Locale.ROOT);

    private final SearchIndex index = new SearchIndex();
    private List<OutputFile> files = List.of();
    private ResolvedSite from;

    /** The files of the index served now (none before the first build). */
    List<OutputFile> files() {
        return files;
    }

    /** Whether the index served was made from {@code site}. */
    boolean isOf(ResolvedSite site) {
        return from == site;
    }

    /**
     * Whether a rebuild of {@code site} must make its index at once instead of keeping the last one:
     * when there is none yet, or when a file of the site may claim a path under {@code search-index/},
     * since which paths the new index has decides whether that is an error.
     */
    boolean neededAtOnce(ResolvedSite site, Collection<String> assets) {
        if (from == null) return true;
        for (StaticFile s : site.statics()) if (s.path().toLowerCase(Locale.ROOT).startsWith(DIR)) return true;
        for (String a : assets) if (a.toLowerCase(Locale.ROOT).startsWith(DIR)) return true;
        return false;
    }

    /** The index of {@code site}, without serving it; see {@link SearchIndex#files}. */
    List<OutputFile> make(ResolvedSite site, BooleanSupplier cancelled) {
        return index.files(site, cancelled);
    }

    /** Notes that the site now serves {@code files}, made from {@code site}. */
    void served(ResolvedSite site, List<OutputFile> files) {
        this.from = site;
        this.files = List.copyOf(files);
    }

    /** What serving a new index changes in a site: files added or with new bytes, and files gone. */
    record Swap(Map<String, byte[]> changed, Set<String> removed) {
        boolean nothing() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }

    /** Serves {@code files}, made from {@code site}, in place of the index {@code served} has now; says what changes. */
    Swap swap(SiteFiles served, ResolvedSite site, List<OutputFile> files) {
        Map<String, byte[]> changed = new TreeMap<>();
        for (OutputFile f : files) {
            byte[] old = served.get(f.path()).orElse(null);
            if (old == null || !Arrays.equals(old, f.bytes())) changed.put(f.path(), f.bytes());
        }
        Set<String> removed = new TreeSet<>();
        for (OutputFile f : this.files) removed.add(f.path());
        for (OutputFile f : files) removed.remove(f.path());
        served(site, files);
        return new Swap(changed, removed);
    }
}
