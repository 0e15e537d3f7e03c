package dev.handbook.serve;

import dev.handbook.TempDirs;
import dev.handbook.incremental.Changes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The watcher reports every change under content/ and themes/ and to handbook.yml, in folders old and new. */
class WatcherTest {
    private Path root;
    private Watcher watcher;
    private final BlockingQueue<Changes> batches = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        root = TempDirs.create("handbook-watch-");
        Files.createDirectories(root.resolve("content/roles"));
        Files.writeString(root.resolve("content/index.md"), "# Home\n");
        Files.writeString(root.resolve("content/roles/em.md"), "# EM\n");
        watcher = Watcher.start(root, batches::add);
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void aChangedPageIsReported() throws Exception {
        Files.writeString(root.resolve("content/roles/em.md"), "# EM\n\nMore.\n");
        assertReported("content/roles/em.md");
    }

    @Test
    void filesInAFolderCreatedAfterStartAreReportedAndWatched() throws Exception {
        Path deep = root.resolve("content/teams/payments/squads");
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("alpha.md"), "# Alpha\n"); // may land before the folder is watched
        assertReported("content/teams/payments/squads/alpha.md");
        settle();
        Files.writeString(deep.resolve("beta.md"), "# Beta\n"); // certainly after: the new folder is watched
        assertReported("content/teams/payments/squads/beta.md");
    }

    @Test
    void deletedFilesAndFoldersAreReported() throws Exception {
        Files.delete(root.resolve("content/roles/em.md"));
        assertReported("content/roles/em.md");
        settle();
        Files.delete(root.resolve("content/roles"));
        assertReported("content/roles");
    }

    @Test
    void aRenamedFolderIsReportedUnderBothNamesAndWatchedUnderItsNewOne() throws Exception {
        Files.move(root.resolve("content/roles"), root.resolve("content/people"));
        assertReported("content/roles", "content/people");
        settle();
        Files.writeString(root.resolve("content/people/em.md"), "# Changed\n");
        assertReported("content/people/em.md");
        settle();
        Files.move(root.resolve("content/people"), root.resolve("content/roles")); // and back again
        assertReported("content/people", "content/roles");
        settle();
        Files.writeString(root.resolve("content/roles/em.md"), "# Back\n");
        assertReported("content/roles/em.md");
    }

    @Test
    void aRenamedFileIsReportedUnderBothNames() throws Exception {
        Files.move(root.resolve("content/roles/em.md"), root.resolve("content/roles/manager.md"));
        assertReported("content/roles/em.md", "content/roles/manager.md");
    }

    @Test
    void themesAndConfigurationAreWatchedTooEvenWhenCreatedLater() throws Exception {
        Files.writeString(root.resolve("handbook.yml"), "title: Hi\n");
        assertReported("handbook.yml");
        settle();
        Path layouts = root.resolve("themes/default/layouts");
        Files.createDirectories(layouts);
        Files.writeString(layouts.resolve("page.peb"), "x");
        assertReported("themes/default/layouts/page.peb");
        settle();
        Files.writeString(layouts.resolve("page.peb"), "y");
        assertReported("themes/default/layouts/page.peb");
    }

    @Test
    void aBurstOfChangesArrivesAsOneBatch() throws Exception {
        for (int i = 0; i < 20; i++) Files.writeString(root.resolve("content/page-" + i + ".md"), "# " + i + "\n");
        Set<String> seen = new TreeSet<>();
        Changes first = batches.poll(10, TimeUnit.SECONDS);
        assertTrue(first != null, "no change reported");
        seen.addAll(first.paths());
        Changes more;
        while ((more = batches.poll(500, TimeUnit.MILLISECONDS)) != null) seen.addAll(more.paths());
        for (int i = 0; i < 20; i++) assertTrue(seen.contains("content/page-" + i + ".md"), "page " + i + " in " + seen);
        assertTrue(first.paths().size() > 1, "a quick burst is handed over together, not file by file: " + first);
    }

    @Test
    void filesOutsideContentThemesAndConfigurationAndHiddenFoldersAreIgnored() throws Exception {
        Files.writeString(root.resolve("README.md"), "x");
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "x");
        Files.createDirectories(root.resolve("content/.git"));
        settle();
        Files.writeString(root.resolve("content/.git/HEAD"), "x");
        Changes c = batches.poll(600, TimeUnit.MILLISECONDS);
        assertTrue(c == null || c.paths().stream().noneMatch(p -> p.startsWith("content/.git/")), String.valueOf(c));
        Files.writeString(root.resolve("content/index.md"), "# Home again\n");
        Set<String> all = assertReported("content/index.md");
        assertFalse(all.contains("README.md") || all.contains("site/index.html"), all.toString());
    }

    /** Waits until every path has been reported (over one or more batches); returns all paths seen. */
    private Set<String> assertReported(String... paths) throws InterruptedException {
        Set<String> seen = new TreeSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!seen.containsAll(Set.of(paths))) {
            Changes c = batches.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (c == null) fail("not reported: " + Set.of(paths) + "; seen " + seen);
            assertFalse(c.everything(), "the watcher lost track of events");
            seen.addAll(c.paths());
        }
        return seen;
    }

    /** Lets the watcher hand over what is pending, and forgets it. */
    private void settle() throws InterruptedException {
        while (batches.poll(300, TimeUnit.MILLISECONDS) != null) {
            // drained
        }
    }
}
