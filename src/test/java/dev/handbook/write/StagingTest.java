package dev.handbook.write;

import dev.handbook.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    // issue 24.4: the site a build replaces becomes the next staging folder's folders (SpareSite);
    // whatever the spare holds, the site is exactly what the build wrote, and nothing outside changes.
    @Test
    void aSpareSiteGivesExactlyTheFilesWrittenWhateverItHeld() throws IOException {
        Path spare = root.resolve("cache/site");
        Path outside = Files.createDirectories(root.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "not the build's");
        Path cached = Files.writeString(Files.createDirectories(root.resolve("cache/files")).resolve("a"), "cached page");
        Path cachedToo = Files.writeString(root.resolve("cache/files/b"), "another cached page");
        Files.createDirectories(spare.resolve("same"));
        Files.writeString(spare.resolve("same/index.html"), "same bytes");
        Files.createDirectories(spare.resolve("changed"));
        Files.writeString(spare.resolve("changed/index.html"), "old bytes");
        Files.createDirectories(spare.resolve("stale/deep"));
        Files.writeString(spare.resolve("stale/deep/index.html"), "a page that is gone");
        Files.writeString(spare.resolve("Same.html"), "another case");
        Files.createSymbolicLink(spare.resolve("via-link"), outside);
        Files.createSymbolicLink(spare.resolve("evil.html"), secret);
        Files.writeString(spare.resolve("folder"), "a file where a folder is needed");
        Files.createDirectories(spare.resolve("file.txt/inside"));
        Files.createLink(spare.resolve("linked.html"), cached);
        Files.createLink(spare.resolve("overwritten.html"), cachedToo);
        Object linkedInode = Files.readAttributes(spare.resolve("linked.html"), BasicFileAttributes.class).fileKey();
        Object sameInode = Files.readAttributes(spare.resolve("same/index.html"), BasicFileAttributes.class).fileKey();

        LockedOutput output = SiteWriter.lock(root, root.resolve("site")).value().orElseThrow();
        Staging staging = output.open(false, Optional.of(spare)).value().orElseThrow();
        assertFalse(Files.exists(spare), "the spare became the staging folder");
        staging.putLater(page("same/index.html", "same bytes"), "same");
        staging.putLater(page("changed/index.html", "new bytes"), "changed");
        staging.put(page("via-link/index.html", "through no link"), "via-link");
        staging.put(page("evil.html", "written here"), "evil");
        staging.put(page("folder/index.html", "a folder now"), "folder");
        staging.put(page("file.txt", "a file now"), "file");
        staging.linkLater("linked.html", cached, "linked");
        staging.put(page("overwritten.html", "not the cached bytes"), "overwritten");
        staging.commit();
        output.close();

        Map<String, String> expected = new TreeMap<>(Map.of("same/index.html", "same bytes",
                "changed/index.html", "new bytes", "via-link/index.html", "through no link", "evil.html", "written here",
                "folder/index.html", "a folder now", "file.txt", "a file now", "linked.html", "cached page",
                "overwritten.html", "not the cached bytes", SiteWriter.MARKER, SiteWriter.MARKER_TEXT));
        assertEquals(expected, contents(root.resolve("site")));
        assertEquals(List.of("secret.txt"), names(outside), "nothing outside the output was written");
        assertEquals("not the build's", Files.readString(secret));
        assertEquals("cached page", Files.readString(cached));
        assertEquals("another cached page", Files.readString(cachedToo), "a file linked from the cache is replaced, never written into");
        assertEquals(linkedInode, Files.readAttributes(root.resolve("site/linked.html"), BasicFileAttributes.class).fileKey(),
                "a link to the very file is kept");
        assertEquals(sameInode, Files.readAttributes(root.resolve("site/same/index.html"), BasicFileAttributes.class).fileKey(),
                "a file with the very bytes is kept");
        assertFalse(Files.exists(spare), "there was no site to replace, so no spare");

        // The next build replaces that site: it becomes the spare, and the build after starts from it.
        Staging second = SiteWriter.open(root, root.resolve("site"), false).value().orElseThrow();
        second.put(page("index.html", "second"), "home");
        second.commit();
        assertFalse(Files.exists(spare), "without a place for a spare, the replaced site is deleted");
        LockedOutput third = SiteWriter.lock(root, root.resolve("site")).value().orElseThrow();
        Staging staged = third.open(false, Optional.of(spare)).value().orElseThrow();
        staged.put(page("index.html", "third"), "home");
        staged.commit();
        third.close();
        assertEquals(Map.of("index.html", "second", SiteWriter.MARKER, SiteWriter.MARKER_TEXT), contents(spare),
                "the replaced site is kept as the spare");
        assertEquals(Map.of("index.html", "third", SiteWriter.MARKER, SiteWriter.MARKER_TEXT), contents(root.resolve("site")));
    }

    /** Every file under {@code dir} (links as files, not followed) with its text. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String text = Files.isSymbolicLink(p) ? "link to " + Files.readSymbolicLink(p) : Files.readString(p);
                out.put(dir.relativize(p).toString(), text);
            }
        }
        return out;
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
