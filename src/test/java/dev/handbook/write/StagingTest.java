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

    // issue 23.1: a second build to the same output is refused while the first writes, and never
    // touches the first one's staging folder.
    @Test
    void aSecondBuildToOneOutputIsRefusedWhileTheFirstWrites() throws IOException {
        Staging first = open();
        first.put(page("index.html", "first"), "content/index.md");
        Path firstStaging = first.stagingFolder().orElseThrow();

        var second = SiteWriter.open(root, root.resolve("site"), false);
        assertTrue(second.value().isEmpty(), "the second build must not get the output");
        assertEquals(List.of(root.resolve("site") + ": error: another build is writing site/ (pid "
                + ProcessHandle.current().pid() + "); wait for it to finish"),
                second.diagnostics().stream().map(d -> d.headline()).toList());
        assertTrue(Files.exists(firstStaging.resolve("index.html")), "the first build's staging folder is untouched");

        first.commit();
        assertEquals("first", Files.readString(root.resolve("site/index.html")));
        Staging third = open(); // the output is free again once the first build is done
        third.put(page("index.html", "third"), "content/index.md");
        third.commit();
        assertEquals("third", Files.readString(root.resolve("site/index.html")));
    }

    // issue 23.1: builds racing on two threads: each either publishes a whole site or is refused.
    @Test
    void buildsRacingOnThreadsEachPublishAWholeSiteOrAreRefused() throws Exception {
        int builds = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(builds);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int b = 0; b < builds; b++) {
            int build = b;
            results.add(pool.submit(() -> {
                start.await();
                var opened = SiteWriter.open(root, root.resolve("site"), false);
                if (opened.value().isEmpty()) return opened.diagnostics().get(0).message();
                Staging s = opened.value().get();
                for (int i = 0; i < 200; i++) s.putLater(page("p" + i + "/index.html", "build " + build), "p" + i);
                s.put(page("index.html", "build " + build), "home");
                s.commit();
                return "built " + build;
            }));
        }
        start.countDown();
        int built = 0;
        for (var r : results) {
            String outcome = r.get();
            if (outcome.startsWith("built")) built++;
            else assertTrue(outcome.startsWith("another build is writing site/"), outcome);
        }
        pool.shutdown();
        assertTrue(built >= 1);
        String home = Files.readString(root.resolve("site/index.html"));
        for (int i = 0; i < 200; i++) {
            assertEquals(home, Files.readString(root.resolve("site/p" + i + "/index.html")), "one whole site");
        }
        assertTrue(Files.exists(root.resolve("site").resolve(SiteWriter.MARKER)), "the site is marked as ours");
        try (var s = Files.list(root)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.") && !n.equals(".site.lock")).toList(), "no leftovers");
        }
    }

    // issue 23 (mode 700): the site folder gets the umask's mode, like any folder the user makes
    @Test
    void theSiteFolderHasTheUmasksModeNotPrivateOnes() throws IOException {
        Path plain = Files.createDirectory(root.resolve("made-by-hand"));
        Staging staging = open();
        staging.put(page("index.html", "x"), "home");
        staging.commit();
        assertEquals(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("site"))));
    }

    // issue 23.11: a write that fails names the page it came from and the operating system's reason
    @Test
    void aFailedWriteNamesItsSourceAndTheSystemsReason() {
        Staging staging = open();
        String tag = "k".repeat(300);
        WriteFailure e = assertThrows(WriteFailure.class,
                () -> staging.put(page("tags/" + tag + "/index.html", "x"), "content/a.md"));
        assertEquals("cannot write tags/" + tag + "/index.html (from content/a.md): File name too long", e.getMessage());
        staging.abort();
    }
}
