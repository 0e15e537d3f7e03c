package dev.handbook.incremental;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A built site held in memory: every file a {@code handbook build} of the same tree would write
 * (except the output folder's marker file), by its path in the site. Immutable: a rebuild makes a
 * new one with a higher {@link #version()}, sharing the unchanged files with the old one, so
 * changing one page of a 10,000-page site copies one entry, not the whole table. The byte arrays
 * must not be changed.
 */
public final class SiteFiles {
    public static final SiteFiles EMPTY = new SiteFiles(0, Map.of(), Map.of());
    /** Changed files kept apart from the base until there are this many; then the two are merged. */
    private static final int MAX_CHANGES = 1024;

    private final long version;
    private final Map<String, byte[]> base;
    /** Files changed since the base was made; a null value is a file removed. */
    private final Map<String, byte[]> changes;
    private volatile Map<String, byte[]> merged;

    private SiteFiles(long version, Map<String, byte[]> base, Map<String, byte[]> changes) {
        this.version = version;
        this.base = base;
        this.changes = changes;
    }

    /** A site of exactly these files. */
    public static SiteFiles of(long version, Map<String, byte[]> files) {
        return new SiteFiles(version, Map.copyOf(files), Map.of());
    }

    /** This site with some files added or replaced and others removed. */
    SiteFiles with(long newVersion, Map<String, byte[]> changed, Set<String> removed) {
        Map<String, byte[]> next = new HashMap<>(changes);
        next.putAll(changed);
        for (String path : removed) next.put(path, null);
        if (next.size() > MAX_CHANGES) {
            Map<String, byte[]> all = new HashMap<>(base);
            next.forEach((path, bytes) -> {
                if (bytes == null) all.remove(path);
                else all.put(path, bytes);
            });
            return new SiteFiles(newVersion, Map.copyOf(all), Map.of());
        }
        return new SiteFiles(newVersion, base, Collections.unmodifiableMap(next));
    }

    /** Counts the builds that changed a file; 0 before the first successful build. */
    public long version() {
        return version;
    }

    public Optional<byte[]> get(String path) {
        if (changes.containsKey(path)) return Optional.ofNullable(changes.get(path));
        return Optional.ofNullable(base.get(path));
    }

    public boolean contains(String path) {
        return get(path).isPresent();
    }

    /** Every file by its site path (a merged copy, made once). */
    public Map<String, byte[]> files() {
        Map<String, byte[]> m = merged;
        if (m == null) {
            if (changes.isEmpty()) {
                m = base;
            } else {
                Map<String, byte[]> all = new HashMap<>(base);
                changes.forEach((path, bytes) -> {
                    if (bytes == null) all.remove(path);
                    else all.put(path, bytes);
                });
                m = Collections.unmodifiableMap(all);
            }
            merged = m;
        }
        return m;
    }

    @Override
    public String toString() {
        return "SiteFiles[version=" + version + ", " + files().size() + " files]";
    }
}
