package dev.handbook.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A built site held in memory: every file a {@code handbook build} of the same tree would write
 * (except the output folder's marker file), by its path in the site. Immutable; a rebuild makes a
 * new one with a higher {@code version}. The byte arrays must not be changed.
 *
 * @param version counts the builds that changed a file; 0 before the first successful build
 */
public record SiteFiles(long version, Map<String, byte[]> files) {
    public static final SiteFiles EMPTY = new SiteFiles(0, Map.of());

    public SiteFiles {
        files = Map.copyOf(files);
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public SortedSet<String> paths() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
    }
}
