package dev.handbook.it;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23.4: a build that runs out of memory says on which file, instead of "internal error:
 * java.lang.OutOfMemoryError". A JVM of 16 MB builds a small handbook but cannot hold a page of
 * 7.8 MB of two-byte characters as bytes and as text at once.
 */
class OutOfMemoryIT {
    @Test
    void runningOutOfMemoryOnAPageNamesThePage() throws Exception {
        Path root = Files.createTempDirectory("oom");
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/index.md"), "# Home\n");
        Files.writeString(root.resolve("content/huge.md"), "# Huge\n\n" + ("é".repeat(79) + "\n").repeat(49_000));
        File log = File.createTempFile("oom", ".log");
        Process p = Cli.command(List.of("-Xmx16m"), Map.of(), "build", root.toString()).redirectOutput(log).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("content/huge.md: error: ran out of memory while parsing this page (the JVM may use "),
                out);
        assertTrue(!out.contains("internal error"), out);
    }
}
