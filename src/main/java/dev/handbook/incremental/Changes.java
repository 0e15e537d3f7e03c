package dev.handbook.incremental;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed on disk since the last build, as a file watcher saw it: paths relative to the
 * handbook root with forward slashes ({@code content/roles/em.md}, {@code themes/default/layouts/page.peb},
 * {@code handbook.yml}). A path may name a file or a folder that was created, changed, deleted or
 * renamed (a rename names both the old and the new path). {@code everything} says the watcher lost
 * track (its queue overflowed), so nothing read before can be trusted.
 *
 * <pre>{@code
 * build.apply(Changes.of("content/roles/em.md"));
 * }</pre>
 */
public record Changes(Set<String> paths, boolean everything) {
    public Changes {
        Objects.requireNonNull(paths, "paths");
        paths = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(paths));
        for (String p : paths) {
            if (p.isEmpty() || p.startsWith("/") || p.contains("\\")) {
                throw new IllegalArgumentException("not a path relative to the handbook root: " + p);
            }
        }
    }

    public static Changes of(String... paths) {
        return new Changes(Set.of(Arrays.stream(paths).distinct().toArray(String[]::new)), false);
    }

    public static Changes all() {
        return new Changes(Set.of(), true);
    }

    public boolean isEmpty() {
        return paths.isEmpty() && !everything;
    }
}
