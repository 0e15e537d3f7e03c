package dev.handbook.it;

import dev.handbook.TestSite;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill test of issue 9: a build of a 10,000-page handbook is killed with SIGKILL while it writes;
 * the previous site is intact, and the next build succeeds and clears the leftovers.
 */
class KilledBuildIT {
    private static final int PAGES = 10_000;

    @Test
    void killedBuildLeavesThePreviousSiteAndTheNextBuildSucceeds() throws Exception {
        Path root = Files.createTempDirectory("killed");
        writePages(root, 10);
        assertEquals(0, Cli.run(List.of(), Map.of(), "build", root.toString()));
        Map<String, byte[]> before = TestSite.snapshot(root.resolve("site"));

        writePages(root, PAGES);
        Process build = Cli.command(List.of(), Map.of(), "build", root.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path staging = waitForStagingWithPages(root, build);
        build.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        assertTrue(build.waitFor(1, TimeUnit.MINUTES));
        assertTrue(Files.exists(staging), "the killed build left its staging folder behind");

        Map<String, byte[]> after = TestSite.snapshot(root.resolve("site"));
        assertEquals(before.keySet(), after.keySet(), "the previous site is intact");
        for (String f : before.keySet()) assertArrayEquals(before.get(f), after.get(f), f);

        assertEquals(0, Cli.run(List.of(), Map.of(), "build", root.toString()));
        assertFalse(Files.exists(staging), "the next build cleared the leftovers");
        assertTrue(Files.exists(root.resolve("site/s9/p9999/index.html")));
    }

    private static void writePages(Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = root.resolve("content/s" + (i % 10) + "/p" + i + ".md");
            if (Files.exists(file)) continue;
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: Page " + i + "\nweight: " + i + "\n---\n## Section\n\nText of page " + i
                    + " with a [link](p" + (i % 10) + ".md).\n");
        }
    }

    /** Waits until the build is writing pages into its staging folder, then returns that folder. */
    private static Path waitForStagingWithPages(Path root, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertTrue(build.isAlive(), "the build ended before it could be killed");
            Optional<Path> staging;
            try (Stream<Path> s = Files.list(root)) {
                staging = s.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).findFirst();
            }
            if (staging.isPresent() && Files.exists(staging.get().resolve("s0"))) {
                try (Stream<Path> s = Files.walk(staging.get())) {
                    if (s.limit(200).count() >= 200) return staging.get();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the build never started writing");
    }
}
