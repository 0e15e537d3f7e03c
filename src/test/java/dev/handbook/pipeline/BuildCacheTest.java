package dev.handbook.pipeline;

import dev.handbook.TempDirs;
import dev.handbook.cache.BuildCache;
import dev.handbook.incremental.FreshBuild;
import dev.handbook.incremental.RandomEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 24.4: a build with the build cache writes exactly the bytes of a build without it, after
 * any sequence of edits; a corrupt, foreign or truncated entry is ignored and made again; and the
 * cache holds the entries of the live pages only. {@code -Dcache.seeds=N} and
 * {@code -Dcache.steps=N} run more.
 */
class BuildCacheTest {
    private static final int SEEDS = Integer.getInteger("cache.seeds", 6);
    private static final int STEPS = Integer.getInteger("cache.steps", 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final Path TYPED = Path.of("src/test/resources/golden/typed-handbook/site");

    static LongStream seeds() {
        return LongStream.range(1, SEEDS + 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomEditsGiveTheBytesOfABuildWithoutCache(long seed) {
        Path dir = TempDirs.create("handbook-cache-");
        Path root = dir.resolve("hb");
        RandomEdits.copyTree(TYPED, root);
        BuildOptions plain = BuildOptions.defaults(root).withToday(TODAY).withThreads(2);
        if (seed % 3 == 0) plain = plain.withAudience("managers");
        if (seed % 4 == 0) plain = plain.withDrafts(true);
        BuildOptions cached = plain.withOut(dir.resolve("cached"))
                .withCache(Optional.of(new BuildOptions.CacheFolder.At(dir.resolve("cache"))));
        BuildOptions fresh = plain.withOut(dir.resolve("fresh"));
        RandomEdits edits = new RandomEdits(root, seed);
        StringBuilder log = new StringBuilder();
        int parsedFromCache = 0;
        int renderedFromCache = 0;
        try {
            for (int step = 0; step <= STEPS; step++) {
                boolean failing = false;
                if (step > 0) {
                    edits.edit(failing);
                    log.append("\n  ").append(step).append(": ").append(edits.lastEdit);
                }
                BuildResult withCache = Pipeline.build(cached, Progress.NONE);
                BuildResult without = Pipeline.build(fresh, Progress.NONE);
                String context = "seed " + seed + log;
                assertEquals(FreshBuild.headlines(without.diagnostics()), FreshBuild.headlines(withCache.diagnostics()),
                        context + ": the problems");
                assertEquals(without.written(), withCache.written(), context);
                if (without.written()) {
                    assertSameFiles(dir.resolve("fresh"), dir.resolve("cached"), context);
                    edits.builds();
                }
                BuildCache.Stats stats = withCache.cache().orElseThrow();
                parsedFromCache += stats.pagesFromCache();
                renderedFromCache += stats.filesFromCache();
            }
        } finally {
            TempDirs.delete(dir);
        }
        assertTrue(parsedFromCache > 0 && renderedFromCache > 0,
                "the cache was used: " + parsedFromCache + " pages, " + renderedFromCache + " files");
    }

    @Test
    void anUnchangedHandbookIsParsedAndRenderedFromTheCache() {
        Path dir = TempDirs.create("handbook-cache-");
        try {
            BuildOptions options = copy(dir);
            BuildResult first = Pipeline.build(options, Progress.NONE);
            assertEquals(0, first.cache().orElseThrow().pagesFromCache());
            BuildResult second = Pipeline.build(options, Progress.NONE);
            BuildCache.Stats s = second.cache().orElseThrow();
            assertEquals(s.pages(), s.pagesFromCache(), s.toString());
            assertEquals(s.files(), s.filesFromCache(), s.toString());
            assertEquals(second.pages(), s.files());
        } finally {
            TempDirs.delete(dir);
        }
    }

    /**
     * A page whose body text alone changed is the only page whose view is built again; every other
     * HTML file is the cache's without building its view; a page whose git history alone changed
     * is rendered too (it shows its last change). Any other change (front matter, a new file, data)
     * builds every view. Each build is byte for byte a build
     * without cache, in a git repository with a "Recently changed" page (always rendered) too.
     */
    @Test
    void aBodyEditBuildsThatPageAloneAndAnyOtherChangeEveryView() throws IOException {
        Path dir = TempDirs.create("handbook-cache-");
        try {
            BuildOptions options = copy(dir);
            Path content = options.root().resolve("content");
            Path page = content.resolve("roles/engineering-manager.md");
            dev.handbook.GitRepo git = dev.handbook.GitRepo.init(options.root()).commit("2026-03-01T00:00:00Z", "Ann", "Start");
            BuildResult first = Pipeline.build(options, Progress.NONE);
            assertTrue(first.written(), FreshBuild.headlines(first.diagnostics()).toString());
            int files = first.cache().orElseThrow().files();
            record Step(String what, Runnable edit, int rendered) {
            }
            List<Step> steps = List.of(
                    new Step("nothing", () -> { }, 1),
                    new Step("a sentence added to the body", () -> append(page, "\nOne more sentence.\n"), 2),
                    new Step("committed", () -> git.commit("2026-03-02T00:00:00Z", "Bo", "Say more"), 2),
                    new Step("the title changed", () -> replace(page, "title: ", "title: The "), files),
                    new Step("a word of the body changed", () -> replace(page, "One more", "Yet one more"), 2),
                    new Step("a static file added", () -> write(content.resolve("roles/chart.txt"), "a chart"), files),
                    new Step("the body's word changed back", () -> replace(page, "Yet one more", "One more"), 2),
                    new Step("another page's history changed, not its text", () -> {
                        String was = read(content.resolve("index.md"));
                        append(content.resolve("index.md"), "\nA line.\n");
                        git.git("add", "content/index.md");
                        git.commitStaged("2026-03-03T00:00:00Z", "Cy", "A line");
                        write(content.resolve("index.md"), was);
                        git.git("add", "content/index.md");
                        git.commitStaged("2026-03-04T00:00:00Z", "Cy", "No line after all");
                    }, 2),
                    new Step("a data file changed", () -> append(content.resolve("responsibilities.yml"), "\n# a comment\n"),
                            files));
            for (Step step : steps) {
                step.edit().run();
                BuildResult r = Pipeline.build(options, Progress.NONE);
                assertTrue(r.written(), step.what() + ": " + FreshBuild.headlines(r.diagnostics()));
                BuildCache.Stats s = r.cache().orElseThrow();
                assertEquals(files, s.files(), step.what());
                // Rendered: the edited page and the "Recently changed" page, or every page.
                assertEquals(s.files() - step.rendered(), s.inputsSkipped(), step.what() + ": " + s);
                Path fresh = dir.resolve("fresh");
                TempDirs.delete(fresh);
                assertTrue(Pipeline.build(options.withOut(fresh).withCache(Optional.empty()), Progress.NONE).written());
                assertSameFiles(fresh, options.outDir(), step.what());
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static void append(Path file, String text) {
        write(file, read(file) + text);
    }

    private static void replace(Path file, String from, String to) {
        String text = read(file);
        assertTrue(text.contains(from), file + " holds " + from);
        write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each way a cache goes bad: the next build does not use the bad entry, writes what a build without cache writes, and repairs it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated pages", "altered page entry", "foreign pages", "truncated outputs",
            "truncated file", "file changed in place", "file deleted", "foreign file in files", "empty folder"})
    void aBadEntryIsIgnoredAndMadeAgain(String damage) throws IOException {
        Path dir = TempDirs.create("handbook-cache-");
        try {
            BuildOptions options = copy(dir);
            assertTrue(Pipeline.build(options, Progress.NONE).written());
            Path slot = options.cacheDir().orElseThrow().resolve("build-everyone");
            Path files = slot.resolve("files");
            Path someFile;
            try (Stream<Path> s = Files.list(files)) {
                someFile = s.sorted().findFirst().orElseThrow();
            }
            switch (damage) {
                case "truncated pages" -> truncate(slot.resolve("pages.bin"), Files.size(slot.resolve("pages.bin")) / 2);
                case "altered page entry" -> flipByte(slot.resolve("pages.bin"), Files.size(slot.resolve("pages.bin")) / 3);
                case "foreign pages" -> Files.writeString(slot.resolve("pages.bin"), "not a cache at all");
                case "truncated outputs" -> truncate(slot.resolve("outputs.bin"), 20);
                case "truncated file" -> truncate(someFile, Files.size(someFile) / 2);
                case "file changed in place" -> {
                    FileTime was = Files.getLastModifiedTime(someFile);
                    flipByte(someFile, Files.size(someFile) / 2);
                    Files.setLastModifiedTime(someFile, FileTime.fromMillis(was.toMillis() + 1000));
                }
                case "file deleted" -> Files.delete(someFile);
                case "foreign file in files" -> Files.writeString(files.resolve("README"), "someone's file");
                case "empty folder" -> {
                    try (Stream<Path> s = Files.list(slot)) {
                        for (Path p : s.filter(Files::isRegularFile).toList()) Files.delete(p);
                    }
                }
                default -> throw new IllegalArgumentException(damage);
            }
            BuildResult again = Pipeline.build(options, Progress.NONE);
            assertTrue(again.written(), damage);
            assertEquals(List.of(), FreshBuild.headlines(again.diagnostics()), damage);
            BuildResult fresh = Pipeline.build(options.withOut(dir.resolve("fresh")).withCache(Optional.empty()),
                    Progress.NONE);
            assertTrue(fresh.written());
            assertSameFiles(dir.resolve("fresh"), options.outDir(), damage);
            if (damage.equals("foreign file in files")) {
                assertTrue(Files.exists(files.resolve("README")), "a file the cache did not make is left alone");
            }
            BuildCache.Stats repaired = Pipeline.build(options, Progress.NONE).cache().orElseThrow();
            assertEquals(repaired.pages(), repaired.pagesFromCache(), damage + ": repaired " + repaired);
            assertEquals(repaired.files(), repaired.filesFromCache(), damage + ": repaired " + repaired);
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void theCacheHoldsTheLivePagesOnly() throws IOException {
        Path dir = TempDirs.create("handbook-cache-");
        try {
            BuildOptions options = copy(dir);
            Path content = options.root().resolve("content");
            List<Path> extra = List.of(content.resolve("extra-1.md"), content.resolve("extra-2.md"),
                    content.resolve("extra-3.md"));
            for (Path p : extra) Files.writeString(p, "# " + p.getFileName() + "\n\nA page that goes away.\n");
            BuildResult first = Pipeline.build(options, Progress.NONE);
            assertTrue(first.written(), FreshBuild.headlines(first.diagnostics()).toString());
            Path files = options.cacheDir().orElseThrow().resolve("build-everyone").resolve("files");
            assertEquals(first.pages(), count(files));
            Path pack = options.cacheDir().orElseThrow().resolve("build-everyone").resolve("pages.bin");
            long packed = Files.size(pack);
            for (Path p : extra) Files.delete(p);
            for (int edit = 0; edit < 24; edit++) {
                Files.writeString(content.resolve("index.md"), "\nEdit " + edit + ".\n", java.nio.file.StandardOpenOption.APPEND);
                BuildResult r = Pipeline.build(options, Progress.NONE);
                assertTrue(r.written(), FreshBuild.headlines(r.diagnostics()).toString());
                assertEquals(first.pages() - extra.size(), r.pages());
                assertEquals(r.pages(), count(files), "one file per live page after edit " + edit);
                BuildCache.Stats s = r.cache().orElseThrow();
                assertEquals(s.pages() - 1, s.pagesFromCache(), "only the edited page is parsed");
                assertTrue(Files.size(pack) <= packed * 4 / 3 + 4096,
                        "entries of old versions are dropped: " + Files.size(pack) + " bytes after edit " + edit);
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void aCacheInsideContentOrTheOutputIsRefused() {
        Path dir = TempDirs.create("handbook-cache-");
        try {
            BuildOptions options = copy(dir);
            for (Path place : List.of(options.root().resolve("content/.cache"), options.outDir().resolve("cache"))) {
                BuildResult r = Pipeline.build(options.withCache(Optional.of(new BuildOptions.CacheFolder.At(place))),
                        Progress.NONE);
                assertFalse(r.written(), place.toString());
                assertTrue(r.diagnostics().get(0).message().startsWith("the build cache cannot be inside"),
                        r.diagnostics().toString());
                assertFalse(Files.exists(place), "nothing made at " + place);
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static BuildOptions copy(Path dir) {
        Path root = dir.resolve("hb");
        RandomEdits.copyTree(TYPED, root);
        return BuildOptions.defaults(root).withToday(TODAY).withThreads(2)
                .withCache(Optional.of(new BuildOptions.CacheFolder.BesideOutput()));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static void truncate(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    private static void flipByte(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x55);
        }
    }

    private static void assertSameFiles(Path expected, Path actual, String context) {
        Map<String, byte[]> e = FreshBuild.read(expected);
        Map<String, byte[]> a = FreshBuild.read(actual);
        assertEquals(e.keySet(), a.keySet(), context + ": the files of the site");
        List<String> differ = e.keySet().stream().filter(k -> !Arrays.equals(e.get(k), a.get(k))).toList();
        assertEquals(List.of(), differ, context + ": files whose bytes differ");
    }
}
