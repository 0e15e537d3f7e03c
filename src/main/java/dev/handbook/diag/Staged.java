package dev.handbook.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The result of a stage: its best-effort value plus every problem it found, so one run can show
 * all the problems of a handbook instead of stopping at the first.
 */
public record Staged<T>(T value, List<Diagnostic> diagnostics) {
    public Staged {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Staged<T> of(T value) {
        return new Staged<>(value, List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public <R> Staged<R> map(Function<T, R> f) {
        return new Staged<>(f.apply(value), diagnostics);
    }

    /** Runs the next stage on this value and keeps the diagnostics of both. */
    public <R> Staged<R> then(Function<T, Staged<R>> next) {
        Staged<R> r = next.apply(value);
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(r.diagnostics);
        return new Staged<>(r.value, all);
    }
}
