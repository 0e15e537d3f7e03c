package dev.handbook.it;

import dev.handbook.write.SiteWriter;
import dev.handbook.write.Staging;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23.1: two builds to one output folder, in two processes. The second is refused with the
 * first one's pid while the first writes, and the first publishes its whole site.
 */
class ConcurrentBuildIT {
    @Test
    void aBuildStartedWhileAnotherWritesIsRefusedAndTheFirstPublishesAWholeSite() throws Exception {
        Path root = Files.createTempDirectory("concurrent");
        writePages(root, 1_500);
        File firstLog = File.createTempFile("first", ".log");
        Process first = Cli.command(List.of(), Map.of(), "build", root.toString()).redirectOutput(firstLog).start();
        waitForStaging(root, first);

        File secondLog = File.createTempFile("second", ".log");
        Process second = Cli.command(List.of(), Map.of(), "build", root.toString()).redirectOutput(secondLog).start();
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        String secondOut = Files.readString(secondLog.toPath(), StandardCharsets.UTF_8);
        assertEquals(2, second.exitValue(), secondOut);
        assertTrue(secondOut.contains("error: another build is writing site/ (pid " + first.pid() + ")"), secondOut);

        assertTrue(first.waitFor(5, TimeUnit.MINUTES));
        String firstOut = Files.readString(firstLog.toPath(), StandardCharsets.UTF_8);
        assertEquals(0, first.exitValue(), firstOut);
        for (String f : List.of("index.html", "404.html", SiteWriter.MARKER, "s9/p1499/index.html")) {
            assertTrue(Files.exists(root.resolve("site").resolve(f)), f + " is in the site");
        }
        assertEquals(0, Cli.run(List.of(), Map.of(), "build", root.toString()), "later builds accept the folder");
    }

    @Test
    void aBuildIsRefusedWhileAnotherProcessHoldsTheOutput() throws Exception {
        Path root = Files.createTempDirectory("held");
        writePages(root, 3);
        Staging held = SiteWriter.open(root, root.resolve("site"), false).value().orElseThrow();
        try {
            File log = File.createTempFile("refused", ".log");
            Process p = Cli.command(List.of(), Map.of(), "build", root.toString()).redirectOutput(log).start();
            assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            assertEquals(2, p.exitValue(), out);
            assertTrue(out.contains("error: another build is writing site/ (pid " + ProcessHandle.current().pid() + ")"),
                    out);
            try (Stream<Path> s = Files.list(root)) {
                assertEquals(1, s.filter(f -> f.getFileName().toString().startsWith(".site.staging-")).count(),
                        "the holder's staging folder is left alone");
            }
        } finally {
            held.abort();
        }
        assertEquals(0, Cli.run(List.of(), Map.of(), "build", root.toString()));
    }

    static void writePages(Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = root.resolve("content/s" + (i % 10) + "/p" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: Page " + i + "\n---\n## Section\n\nText of page " + i + ".\n");
        }
    }

    private static void waitForStaging(Path root, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertTrue(build.isAlive(), "the first build ended before the second started");
            Optional<Path> staging;
            try (Stream<Path> s = Files.list(root)) {
                staging = s.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).findFirst();
            }
            if (staging.isPresent()) return;
            Thread.sleep(10);
        }
        throw new AssertionError("the first build never started writing");
    }
}
