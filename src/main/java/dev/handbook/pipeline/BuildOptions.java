package dev.handbook.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build.
 *
 * @param root     the handbook root (holds content/, optionally themes/ and handbook.yml)
 * @param out      the output folder; {@code ROOT/site} when empty
 * @param audience the edition to build; the widest audience when empty
 * @param drafts   include pages marked {@code draft: true}
 * @param strict   treat warnings as errors
 * @param force    replace an output folder that handbook did not create
 * @param threads  worker threads for parsing and rendering
 * @param today    the date reviews are measured against; from SOURCE_DATE_EPOCH when set, so builds reproduce
 * @param cache    the build cache's folder ({@link #CACHE_FOLDER} beside the output by default); empty for none
 */
public record BuildOptions(Path root, Optional<Path> out, Optional<String> audience, boolean drafts, boolean strict,
                           boolean force, int threads, LocalDate today, Optional<CacheFolder> cache) {
    /** The build cache's folder when a build is not told another. */
    public static final String CACHE_FOLDER = ".handbook-cache";

    /** Where the build cache lives: beside the output folder, or a folder of the user's choice. */
    public sealed interface CacheFolder {
        record BesideOutput() implements CacheFolder {
        }

        record At(Path dir) implements CacheFolder {
        }
    }

    public BuildOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(audience, "audience");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(cache, "cache");
    }

    public static BuildOptions defaults(Path root) {
        return new BuildOptions(root, Optional.empty(), Optional.empty(), false, false, false,
                Runtime.getRuntime().availableProcessors(), today(System.getenv("SOURCE_DATE_EPOCH")), Optional.empty());
    }

    /**
     * Today's date in UTC, or the date of {@code SOURCE_DATE_EPOCH} (seconds since 1970) when it is
     * set, the convention reproducible builds use for "now".
     */
    public static LocalDate today(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()))
                    .atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }

    public Path outDir() {
        return out.orElse(root.resolve("site"));
    }

    /** The build cache's folder; empty when this build uses none. */
    public Optional<Path> cacheDir() {
        return cache.map(c -> c instanceof CacheFolder.At at ? at.dir()
                : outDir().toAbsolutePath().normalize().resolveSibling(CACHE_FOLDER));
    }

    public BuildOptions withCache(Optional<CacheFolder> c) {
        return new BuildOptions(root, out, audience, drafts, strict, force, threads, today, c);
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(root, Optional.of(dir), audience, drafts, strict, force, threads, today, cache);
    }

    public BuildOptions withAudience(String name) {
        return new BuildOptions(root, out, Optional.of(name), drafts, strict, force, threads, today, cache);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(root, out, audience, drafts, s, force, threads, today, cache);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(root, out, audience, drafts, strict, force, n, today, cache);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(root, out, audience, d, strict, force, threads, today, cache);
    }

    public BuildOptions withToday(LocalDate day) {
        return new BuildOptions(root, out, audience, drafts, strict, force, threads, day, cache);
    }

    public BuildOptions withForce(boolean f) {
        return new BuildOptions(root, out, audience, drafts, strict, f, threads, today, cache);
    }
}
