package dev.handbook.write;

import dev.handbook.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagingTest {
    @TempDir
    Path root;

    private Staging open() {
        return SiteWriter.open(root, root.resolve("site"), false).value().orElseThrow();
    }

    private static OutputFile page(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void filesHandedToTheWritersAreAllThereAfterCommit() throws IOException {
        Staging staging = open();
        IntStream.range(0, 500).parallel().forEach(i -> staging.putLater(page("p" + i + "/index.html", "page " + i), "p" + i));
        staging.commit();
        for (int i = 0; i < 500; i++) {
            assertEquals("page " + i, Files.readString(root.resolve("site/p" + i + "/index.html")));
        }
        assertEquals(List.of(), staging.diagnostics());
    }

    @Test
    void twoFilesForOnePathAreACollisionAndOnlyTheFirstIsWritten() throws IOException {
        Staging staging = open();
        staging.putLater(page("a/index.html", "first"), "content/a.md");
        staging.putLater(page("A/index.html", "second"), "content/A.md");
        staging.commit();
        assertEquals(List.of("content/A.md: error: content/a.md and content/A.md both write A/index.html; rename one"),
                staging.diagnostics().stream().map(d -> d.headline()).toList());
        assertEquals("first", Files.readString(root.resolve("site/a/index.html")));
    }

    @Test
    void aWriteThatFailsIsThrownWhenTheWritersFinishAndNothingIsSwappedIn() {
        Staging staging = open();
        staging.put(page("a", "a file where a folder is needed"), "one");
        staging.putLater(page("a/index.html", "x"), "two");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, staging::finish);
        assertTrue(e.getMessage().startsWith("cannot write "), e.getMessage());
        assertThrows(UncheckedIOException.class, staging::commit);
        staging.abort();
        assertFalse(Files.exists(root.resolve("site")));
    }
}
