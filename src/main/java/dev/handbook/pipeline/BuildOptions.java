package dev.handbook.pipeline;

import java.nio.file.Path;
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
 */
public record BuildOptions(Path root, Optional<Path> out, Optional<String> audience, boolean drafts, boolean strict,
                           boolean force, int threads) {
    public BuildOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(audience, "audience");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    public static BuildOptions defaults(Path root) {
        return new BuildOptions(root, Optional.empty(), Optional.empty(), false, false, false,
                Runtime.getRuntime().availableProcessors());
    }

    public Path outDir() {
        return out.orElse(root.resolve("site"));
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(root, Optional.of(dir), audience, drafts, strict, force, threads);
    }

    public BuildOptions withAudience(String name) {
        return new BuildOptions(root, out, Optional.of(name), drafts, strict, force, threads);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(root, out, audience, drafts, s, force, threads);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(root, out, audience, drafts, strict, force, n);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(root, out, audience, d, strict, force, threads);
    }

    public BuildOptions withForce(boolean f) {
        return new BuildOptions(root, out, audience, drafts, strict, f, threads);
    }
}
