package dev.handbook.incremental;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.model.OutputFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The paths of a site kept in memory, claimed in the order {@code handbook build} writes them, so
 * two sources of one path (or of paths differing only in case) give the error a build gives.
 * Safe to use from many threads.
 */
final class OutputClaims {
    private final Map<String, String> claimed = new HashMap<>();
    private final List<Diagnostic> collisions = new ArrayList<>();

    /** Claims a path for {@code source}; false (and an error) when another source has it already. */
    synchronized boolean claim(String path, String source) {
        new OutputFile(path, new byte[0]); // validates the path shape, as the write stage does
        String other = claimed.putIfAbsent(path.toLowerCase(Locale.ROOT), source);
        if (other == null) return true;
        collisions.add(Diagnostic.error(SourcePos.file(source), "%s and %s both write %s; rename one", other, source,
                path).withRule("path-collision"));
        return false;
    }

    synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(collisions);
    }
}
