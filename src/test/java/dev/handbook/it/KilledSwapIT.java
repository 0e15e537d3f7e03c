package dev.handbook.it;

import dev.handbook.TestSite;
import dev.handbook.write.SiteWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23.10: a build killed (as by kill -9) at each step of replacing the site. Whatever the step,
 * a following build that fails finds the last complete site in place, and the next good build
 * publishes the new site and clears every leftover. The crash is injected with the
 * {@code handbook.crash-at} test hook, which halts the JVM on the spot. A build with the build
 * cache keeps the site it replaces as the next staging folder's start (a spare site) instead of
 * deleting it; "deleting old" is reached without the cache, "spare taken" once a spare exists.
 */
class KilledSwapIT {
    @ParameterizedTest
    @ValueSource(strings = {"staging created", "deleting staging", "cache kept", "old moved aside", "new moved in",
            "deleting old", "spare taken"})
    void aBuildKilledAtEachStepLeavesTheLastCompleteSite(String step) throws Exception {
        Path root = Files.createTempDirectory("swap");
        ConcurrentBuildIT.writePages(root, 30);
        String[] build = step.equals("deleting old") ? new String[]{"build", root.toString(), "--no-cache"}
                : new String[]{"build", root.toString()};
        assertEquals(0, Cli.run(List.of(), Map.of(), build));
        if (step.equals("spare taken")) {
            assertEquals(0, Cli.run(List.of(), Map.of(), build));
            assertTrue(Files.isDirectory(root.resolve(".handbook-cache/build-everyone/site")), "the replaced site is the spare");
        }
        Map<String, byte[]> before = TestSite.snapshot(root.resolve("site"));
        if (step.equals("deleting staging")) plantLeftover(root.resolve(".site.staging-dead"));

        Files.writeString(root.resolve("content/new.md"), "# New page\n");
        int crashed = Cli.run(List.of("-D" + "handbook.crash-at=" + step), Map.of(), build);
        assertEquals(137, crashed, "the build was killed at '" + step + "'");

        Files.writeString(root.resolve("content/broken.md"), "[broken](nowhere.md)\n");
        assertEquals(1, Cli.run(List.of(), Map.of(), build));
        Map<String, byte[]> afterFailure = TestSite.snapshot(root.resolve("site"));
        boolean newSite = afterFailure.containsKey("new/index.html");
        assertTrue(afterFailure.containsKey(SiteWriter.MARKER) && afterFailure.containsKey("404.html"),
                "a complete site is in place after '" + step + "': " + afterFailure.keySet());

        Files.delete(root.resolve("content/broken.md"));
        assertEquals(0, Cli.run(List.of(), Map.of(), build));
        Map<String, byte[]> after = TestSite.snapshot(root.resolve("site"));
        TestSite.assertSameFiles(newSite ? after : before, afterFailure);
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.") && !n.equals(".site.lock")).toList(), "no leftovers");
        }
    }

    /** A staging folder a build killed long ago left, with enough files that deleting it takes a while. */
    private static void plantLeftover(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve(SiteWriter.MARKER), "");
        for (int i = 0; i < 20; i++) Files.writeString(dir.resolve("a/f" + i + ".html"), "x");
    }
}
