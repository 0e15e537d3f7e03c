package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.diag.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param diagnostics every problem, sorted by file and line
 * @param pages       HTML pages written (0 when nothing was written)
 * @param files       all files written, pages included
 * @param timings     wall-clock milliseconds per stage, in pipeline order; a stage that runs on every
 *                    worker thread is followed by its steps ({@code parse/markdown}, {@code render+write/write},
 *                    {@code extras/search}) with the threads' time in each, summed over threads
 * @param written     whether the new site replaced the old one
 * @param usageError  true when the problem is with the command or configuration, not content (exit 2)
 * @param withheld    files of public folders left out of this edition because only restricted
 *                    content uses them (paths under the root), for {@code --verbose}
 * @param cache       what the build took from its cache; empty when it used none
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int files, Map<String, Long> timings,
                          boolean written, boolean usageError, Path out, List<String> withheld,
                          java.util.Optional<BuildCache.Stats> cache) {
    /**
     * The rule of a problem in a file the edition leaves out, told without its message or source
     * line (see the README's Audiences); a printer shows only where it is.
     */
    public static final String WITHHELD_RULE = "restricted-content";

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        withheld = List.copyOf(withheld);
        java.util.Objects.requireNonNull(cache, "cache");
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    public boolean ok() {
        return errors() == 0 && !usageError;
    }
}
