package dev.handbook.incremental;

import dev.handbook.TempDirs;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Issue 6, point 6: an incremental rebuild gives exactly the bytes of a clean build of the same
 * tree. Each seed starts from a typed handbook and applies a random sequence of edits (page text,
 * front matter, links, new, deleted and renamed pages and folders, data, static files, templates,
 * types, handbook.yml, temporary files, undo); after every edit the incremental site must equal a
 * fresh {@code handbook build} file for file, or both must report the same problems.
 * {@code -Dequivalence.seeds=N} and {@code -Dequivalence.steps=N} run more.
 */
class IncrementalEquivalenceTest {
    private static final int SEEDS = Integer.getInteger("equivalence.seeds", 12);
    private static final int STEPS = Integer.getInteger("equivalence.steps", 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    static LongStream seeds() {
        return LongStream.range(1, SEEDS + 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomEditsGiveTheBytesOfACleanBuild(long seed) throws IOException {
        Path root = TempDirs.create("handbook-equivalence-");
        RandomEdits.copyTree(Path.of("src/test/resources/golden/typed-handbook/site"), root);
        BuildOptions options = BuildOptions.defaults(root).withToday(TODAY).withThreads(2);
        if (seed % 3 == 0) options = options.withAudience("managers");
        if (seed % 4 == 0) options = options.withDrafts(true);
        RandomEdits edits = new RandomEdits(root, seed);
        try (IncrementalBuild live = IncrementalBuild.start(options, Progress.NONE)) {
            FreshBuild.assertSame(live, options, "seed " + seed + ", first build");
            edits.builds();
            StringBuilder log = new StringBuilder();
            for (int step = 1; step <= STEPS; step++) {
                Set<String> touched = edits.edit(!live.last().ok());
                log.append("\n  ").append(step).append(": ").append(edits.lastEdit);
                boolean overflow = step % 9 == 0; // now and then the watcher loses track and says so
                Rebuild r = live.apply(overflow ? Changes.all() : new Changes(touched, false));
                log.append(" -> ").append(r.scope()).append(r.ok() ? "" : " (errors)");
                FreshBuild.assertSame(live, options, "seed " + seed + ", after" + log);
                if (r.ok()) edits.builds();
                if (Boolean.getBoolean("equivalence.log") && step == STEPS) System.out.println(log);
            }
        }
    }
}
