package dev.handbook.incremental;

import dev.handbook.diag.Diagnostic;
import dev.handbook.TempDirs;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import dev.handbook.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** The judge of incremental builds: a clean {@code handbook build} of the same tree, compared file by file. */
public final class FreshBuild {
    private FreshBuild() {
    }

    /**
     * Brings the incremental build's search index up to date (as serve does once the edits pause),
     * then builds the tree from scratch and asserts that the incremental build reports the same
     * problems and, when the build succeeds, holds exactly the same files with the same bytes.
     */
    public static void assertSame(IncrementalBuild live, BuildOptions options, String context) {
        live.updateSearch();
        assertFalse(live.searchPending(), context + ": the search index is up to date");
        Path scratch = TempDirs.create("handbook-fresh-");
        try {
            compare(live, options.withOut(scratch.resolve("site")), context);
        } finally {
            TempDirs.delete(scratch);
        }
    }

    private static void compare(IncrementalBuild live, BuildOptions options, String context) {
        Path out = options.outDir();
        BuildResult fresh = Pipeline.build(options, Progress.NONE);
        assertEquals(headlines(fresh.diagnostics()), headlines(live.last().diagnostics()),
                context + ": the problems a clean build reports");
        if (!fresh.written()) {
            assertFalse(live.last().ok(), context + ": a clean build fails, the incremental one must too");
            return;
        }
        Map<String, byte[]> expected = read(out);
        Map<String, byte[]> actual = new TreeMap<>(live.site().files());
        assertEquals(expected.keySet(), actual.keySet(), context + ": the files of the site");
        List<String> differ = new ArrayList<>();
        for (String path : expected.keySet()) {
            if (!java.util.Arrays.equals(expected.get(path), actual.get(path))) differ.add(path);
        }
        if (!differ.isEmpty()) {
            String first = differ.get(0);
            fail(context + ": files differ from a clean build: " + differ + "\n--- clean " + first + "\n"
                    + new String(expected.get(first), java.nio.charset.StandardCharsets.UTF_8) + "\n--- incremental\n"
                    + new String(actual.get(first), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Every file of a built site except the marker the write stage leaves in its folder. */
    public static Map<String, byte[]> read(Path out) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(SiteWriter.MARKER)) files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static List<String> headlines(List<Diagnostic> diags) {
        return diags.stream().map(Diagnostic::headline).toList();
    }
}
