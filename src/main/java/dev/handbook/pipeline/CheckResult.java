package dev.handbook.pipeline;

import dev.handbook.check.ExternalChecker;
import dev.handbook.diag.Diagnostic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code handbook check} found.
 *
 * @param diagnostics every finding, the build's own and the rendered site's, sorted by file and line
 * @param pages       HTML pages read (0 when the check stopped before rendering)
 * @param files       files the site has, pages included
 * @param silenced    findings left out because handbook.yml or their page silenced the rule
 * @param external    what the external-link check did, when {@code --external} asked for it
 * @param timings     milliseconds per stage, in pipeline order
 * @param usageError  true when the problem is with the command or configuration (exit 2)
 */
public record CheckResult(List<Diagnostic> diagnostics, int pages, int files, int silenced,
                          Optional<ExternalChecker.Stats> external, Map<String, Long> timings, boolean usageError) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** The exit code: 0 clean (warnings allowed), 1 findings at error level, 2 usage or configuration error. */
    public int exitCode() {
        if (usageError) return 2;
        return errors() > 0 ? 1 : 0;
    }
}
