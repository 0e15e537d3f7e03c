package dev.handbook.cache;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Where a build cache may live, and the folder of one edition in it. */
public final class CachePlace {
    /** The rule of the cache's own warnings, which {@code --strict} leaves warnings: the cache is never the content's fault. */
    public static final String RULE = "cache";

    private CachePlace() {
    }

    /** The folder of one edition (and drafts setting) in the cache, so builds of two editions keep their own entries. */
    public static String slot(String edition, boolean drafts) {
        String safe = edition.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        return "build-" + safe + (drafts ? "-drafts" : "");
    }

    /**
     * Why {@code dir} cannot hold the cache: inside content/ or themes/ it would be published or
     * read as part of the handbook, and inside the output folder each build would replace it.
     * Real paths are compared where the folders exist.
     */
    public static Optional<String> refusal(Path root, Path out, Path dir) {
        Path cache = real(dir);
        for (String inside : new String[]{"content", "themes"}) {
            if (cache.startsWith(real(root.resolve(inside)))) {
                return Optional.of("the build cache cannot be inside " + inside + "/: it would become part of the handbook");
            }
        }
        if (cache.startsWith(real(out))) {
            return Optional.of("the build cache cannot be inside the output folder: every build replaces it");
        }
        return Optional.empty();
    }

    /** The real path of {@code p}, or of its nearest existing parent with the rest appended. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    /** The warning of a cache that could not be read or written; the build goes on without it. */
    public static Diagnostic unusable(Path dir, String why) {
        return Diagnostic.warning(SourcePos.file(dir.toString()), "the build cache was not used: %s", why)
                .withHint("a build does not need it; delete the folder or build with --no-cache").withRule(RULE);
    }
}
