package dev.handbook.incremental;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.parse.ParsedPage;
import dev.handbook.pipeline.Progress;
import dev.handbook.render.RenderInput;
import dev.handbook.render.SiteRenderer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An edit of a few pages' text that nothing else reads: whether an edit is only that, and the
 * rendering of those pages alone, which {@link IncrementalBuild} then swaps into the site served.
 */
final class PageEdits {
    private PageEdits() {
    }

    /** Whether a page changed only in what no other page and no other stage reads ({@link ParsedPage#sameShape}). */
    static boolean sameShape(Staged<Optional<ParsedPage>> before, Staged<Optional<ParsedPage>> after) {
        if (before == null || after == null || before.value().isEmpty() || after.value().isEmpty()) return false;
        if (before.hasErrors() || after.hasErrors()) return false;
        return before.value().get().sameShape(after.value().get());
    }

    static boolean sameBody(Staged<Optional<ParsedPage>> before, Staged<Optional<ParsedPage>> after) {
        return before.value().orElseThrow().body().html().equals(after.value().orElseThrow().body().html());
    }

    record Rendered(Map<String, byte[]> files, List<Diagnostic> diagnostics) {
    }

    /** The HTML of {@code todo}, rendered in parallel; {@code progress} hears of them when there are several. */
    static Rendered render(SiteRenderer r, List<RenderInput> todo, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        List<Staged<Optional<OutputFile>>> out = todo.parallelStream().map(in -> {
            Staged<Optional<OutputFile>> html = r.render(in);
            if (todo.size() > 1) progress.update("render", done.incrementAndGet(), todo.size());
            return html;
        }).toList();
        Map<String, byte[]> files = new HashMap<>();
        List<Diagnostic> diags = new ArrayList<>();
        for (Staged<Optional<OutputFile>> s : out) {
            diags.addAll(s.diagnostics());
            s.value().ifPresent(f -> files.put(f.path(), f.bytes()));
        }
        return new Rendered(files, diags);
    }
}
