package dev.handbook.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code handbook} launcher script, run the way the README says. It counts a handbook's pages to
 * pick JVM settings, and stops counting at 5,000: past that cap the count itself once killed the
 * script (SIGPIPE under pipefail) before Java started, so every large handbook failed to build. The
 * JIT settings also depend on whether the build cache holds an earlier build.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("handbook").toAbsolutePath();
    private static final Path RELEASE_LAUNCHER = Path.of("src/dist/bin/handbook").toAbsolutePath();
    private static final Pattern TIER = Pattern.compile("\\bTieredStopAtLevel\\s+= (\\d)");
    private static final Pattern INLINING = Pattern.compile("\\bMaxInlineLevel\\s+= (\\d+)");

    @Test
    void buildsAHandbookOfMorePagesThanTheLauncherCounts() throws Exception {
        // well past the cap, so the counting pipe is cut off while find still writes
        Path root = handbookOf(6_000);
        Run run = launch(root);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("0 errors"), run.output());
        assertTrue(Files.exists(root.resolve("site/s9/p5999/index.html")));
    }

    @Test
    void buildsASmallHandbook() throws Exception {
        Path root = oneFileHandbook();
        Run run = launch(root);
        assertEquals(0, run.exit(), run.output());
        assertTrue(Files.exists(root.resolve("site/index.html")));
    }

    @Test
    void recordsAStaticClassDataArchiveAndMapsIt() throws Exception {
        // A dynamic archive (-XX:ArchiveClassesAtExit) slowed large builds by a third on JDK 17.
        Path root = oneFileHandbook();
        Path archive = LAUNCHER.getParent().resolve("target/handbook.jsa");
        Files.deleteIfExists(archive);
        Run run = launch(root, Map.of("HANDBOOK_CDS", "1", "HANDBOOK_JAVA_OPTS", "-Xlog:cds=info"));
        assertEquals(0, run.exit(), run.output());
        assertTrue(Files.size(archive) > 0, "the launcher records target/handbook.jsa");
        assertTrue(run.output().contains("Mapped static"), run.output());
        assertFalse(run.output().contains("Mapped dynamic"), run.output());
    }

    @Test
    void runsAnotherJarWithItsOwnArchiveBesideIt() throws Exception {
        // How bench/run.sh times an older build with the same settings as the current one.
        Path root = oneFileHandbook();
        Path other = Files.createTempDirectory("launcher-jar").resolve("older.jar");
        Files.copy(LAUNCHER.getParent().resolve("target/handbook.jar"), other);
        Run run = launch(root, Map.of("HANDBOOK_JAR", other.toString(), "HANDBOOK_CDS", "1",
                "HANDBOOK_JAVA_OPTS", "-Xlog:cds=info -Xlog:class+load=info"));
        assertEquals(0, run.exit(), run.output());
        assertTrue(Files.size(other.resolveSibling("older.jsa")) > 0, "the archive goes beside the jar it was made from");
        assertTrue(run.output().contains("Mapped static"), run.output());
        assertTrue(run.output().contains("dev.handbook.cli.Main source: shared objects file"), run.output());

        Run missing = launch(root, Map.of("HANDBOOK_JAR", other.resolveSibling("none.jar").toString()));
        assertEquals(2, missing.exit(), missing.output());
        assertTrue(missing.output().contains("HANDBOOK_JAR names no file"), missing.output());
    }

    @Test
    void givesALargeBuildC1OnlyWhenItsCacheHoldsAnEarlierBuild() throws Exception {
        // A build the cache cuts down to the changed pages is over before C2 pays off (docs:
        // contributors/performance). Both bash launchers; java -version stops each before the build.
        Path root = handbookOf(5_000);
        Path elsewhere = Files.createTempDirectory("launcher-cache");
        Files.createDirectories(elsewhere.resolve("build-everyone"));
        Files.writeString(elsewhere.resolve("build-everyone/snapshot.bin"), "");
        for (Path launcher : List.of(LAUNCHER, RELEASE_LAUNCHER)) {
            String r = root.toString();
            assertEquals("C2", jit(launcher, "build", r), launcher + ": no cache yet");
            assertEquals("C1", jit(launcher, "build", r, "--cache=" + elsewhere), launcher.toString());
            assertEquals("C1", jit(launcher, "build", "--cache", elsewhere.toString(), r), launcher.toString());
            Files.createDirectories(root.resolve(".handbook-cache/build-everyone"));
            Files.writeString(root.resolve(".handbook-cache/build-everyone/snapshot.bin"), "");
            assertEquals("C1", jit(launcher, "build", r), launcher + ": the cache beside ROOT/site");
            assertEquals("C1", jit(launcher, "build", r, "--out", root.resolve("other").toString()), launcher.toString());
            assertEquals("C2", jit(launcher, "build", r, "--out=" + elsewhere.resolve("site")), launcher + ": no cache there");
            assertEquals("C2", jit(launcher, "build", r, "--no-cache"), launcher.toString());
            assertEquals("C2", jit(launcher, "check", r), launcher + ": only build");
            Files.delete(root.resolve(".handbook-cache/build-everyone/snapshot.bin"));
        }
    }

    /** "C1" (C1 only), "C2" (C2 with less inlining), or what else the JVM the launcher starts was given. */
    private static String jit(Path launcher, String... args) throws IOException, InterruptedException {
        Path jar = LAUNCHER.resolveSibling("target/handbook.jar");
        String flags = run(launcher, Map.of("HANDBOOK_CDS", "0", "HANDBOOK_JAR", jar.toString(),
                "HANDBOOK_JAVA_OPTS", "-XX:+PrintFlagsFinal -version"), args).output();
        Matcher tier = TIER.matcher(flags);
        Matcher inlining = INLINING.matcher(flags);
        if (!tier.find() || !inlining.find()) return flags;
        if (tier.group(1).equals("1")) return "C1";
        if (inlining.group(1).equals("5")) return "C2";
        return "tier " + tier.group(1) + ", inline level " + inlining.group(1);
    }

    private static Path handbookOf(int pages) throws IOException {
        Path root = Files.createTempDirectory("launcher");
        for (int i = 0; i < pages; i++) {
            Path file = root.resolve("content/s" + (i % 10) + "/p" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Page " + i + "\n");
        }
        return root;
    }

    private static Path oneFileHandbook() throws IOException {
        Path root = Files.createTempDirectory("launcher");
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/index.md"), "# Home\n");
        return root;
    }

    private record Run(int exit, String output) {
    }

    private static Run launch(Path root) throws IOException, InterruptedException {
        // The archive is the launcher's business, not these tests'.
        return launch(root, Map.of("HANDBOOK_CDS", "0"));
    }

    private static Run launch(Path root, Map<String, String> env) throws IOException, InterruptedException {
        return run(LAUNCHER, env, "build", root.toString(), "--out", root.resolve("site").toString());
    }

    private static Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path log = Files.createTempFile("launcher", ".log");
        Process p = pb.redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
