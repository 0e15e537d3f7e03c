package dev.handbook.scaffold;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.CheckOptions;
import dev.handbook.pipeline.CheckResult;
import dev.handbook.pipeline.CheckRun;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code handbook init}: what it writes builds and checks clean with --strict, and it never overwrites. */
class HandbookScaffoldTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aNewHandbookBuildsAndChecksWithStrictAndNoWarnings() throws IOException {
        Path dir = Files.createTempDirectory("init").resolve("handbook");
        HandbookScaffold.Result result = init(dir, Optional.empty()).value().orElseThrow();
        assertTrue(result.kept().isEmpty() && result.amended().isEmpty(), result.toString());

        BuildOptions options = BuildOptions.defaults(dir).withStrict(true);
        BuildResult build = Pipeline.build(options, Progress.NONE);
        assertEquals(List.of(), build.diagnostics().stream().map(Diagnostic::headline).toList());
        assertTrue(build.ok());
        assertTrue(build.pages() >= 13, "home, five sections, seven examples: " + build.pages());
        for (String page : List.of("index.html", "roles/team-lead/index.html", "roles/engineer/index.html",
                "teams/our-team/index.html", "rituals/retrospective/index.html",
                "ways-of-working/code-review/index.html", "runbooks/service-down/index.html",
                "overview/responsibilities/index.html")) {
            assertTrue(Files.isRegularFile(dir.resolve("site").resolve(page)), page);
        }
        CheckResult check = CheckRun.check(options, CheckOptions.defaults(), Progress.NONE);
        assertEquals(List.of(), check.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void everyBuiltInTypeHasAnExamplePageOfThatType() throws IOException {
        Path dir = Files.createTempDirectory("init");
        init(dir, Optional.empty());
        for (String type : List.of("role", "team", "ritual", "process", "runbook")) {
            try (Stream<Path> pages = Files.list(dir.resolve("content").resolve(folderOf(dir, type)))) {
                assertTrue(pages.anyMatch(p -> !p.getFileName().toString().startsWith("_")), "an example " + type);
            }
        }
        assertTrue(Files.isRegularFile(dir.resolve("content/responsibilities.yml")));
        String runbook = Files.readString(dir.resolve("content/runbooks/service-down.md"));
        assertTrue(runbook.contains("reviewed: 2026-03-02\n") && runbook.contains("last_tested: 2026-03-02\n"),
                "dates are the day init ran, so no page starts overdue: " + runbook);
    }

    @Test
    void writesTheIgnoresTheWorkflowsAndTheLaunchers() throws IOException {
        Path dir = Files.createTempDirectory("init");
        Path jar = Files.writeString(Files.createTempDirectory("dist").resolve("handbook.jar"), "not really a jar");
        HandbookScaffold.Result result = init(dir, Optional.of(jar)).value().orElseThrow();
        assertTrue(result.created().contains(".handbook/handbook.jar"), result.toString());
        assertEquals("not really a jar", Files.readString(dir.resolve(".handbook/handbook.jar")));

        List<String> ignores = Files.readAllLines(dir.resolve(".gitignore"));
        assertTrue(ignores.containsAll(List.of("site/", ".handbook-cache/")), ignores.toString());

        String github = Files.readString(dir.resolve(".github/workflows/handbook.yml"));
        assertTrue(github.contains("run: bash ./handbook build --strict\n"), github);
        assertTrue(github.contains("run: bash ./handbook check --format github\n"), github);
        assertTrue(github.contains("pull_request:") && github.contains("uses: actions/deploy-pages@"), github);
        assertFalse(github.contains("mvn") || github.contains("maven"), "CI needs only Java: " + github);
        String gitlab = Files.readString(dir.resolve(".gitlab-ci.yml"));
        assertTrue(gitlab.contains("- bash ./handbook build --strict --out public\n"), gitlab);
        assertTrue(gitlab.contains("\npages:\n") && gitlab.contains("paths: [public]"), gitlab);
        assertFalse(gitlab.contains("mvn") || gitlab.contains("maven"), "CI needs only Java: " + gitlab);

        assertTrue(Files.getPosixFilePermissions(dir.resolve("handbook")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(Files.readString(dir.resolve("handbook")).contains("\"$here/.handbook/handbook.jar\""));
        String cmd = Files.readString(dir.resolve("handbook.cmd"), StandardCharsets.UTF_8);
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "handbook.cmd has CRLF line ends");
    }

    @Test
    void withoutAJarItSaysTheLauncherCannotStartYet() throws IOException {
        Staged<Optional<HandbookScaffold.Result>> r = init(Files.createTempDirectory("init"), Optional.empty());
        assertEquals(List.of("(handbook init): warning: this handbook command does not run from a jar, so "
                        + ".handbook/handbook.jar is missing and ./handbook cannot start; copy handbook.jar there"),
                r.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void refusesAContentFolderThatIsNotEmptyAndWritesNothing() throws IOException {
        Path dir = Files.createTempDirectory("init");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/notes.md"), "# Mine\n");
        Staged<Optional<HandbookScaffold.Result>> r = init(dir, Optional.empty());
        assertTrue(r.value().isEmpty());
        assertEquals(List.of("(handbook init): error: " + dir.resolve("content") + " is not empty: " + dir
                        + " already holds a handbook; init starts a new one only where content/ is missing or empty"),
                r.diagnostics().stream().map(Diagnostic::headline).toList());
        assertEquals(List.of("content", "content/notes.md"), tree(dir));
    }

    @Test
    void keepsFilesThatExistAndAddsOnlyMissingIgnores() throws IOException {
        Path dir = Files.createTempDirectory("init");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("handbook.yml"), "title: Ours\n");
        Files.writeString(dir.resolve(".gitignore"), "node_modules/\nsite/");
        HandbookScaffold.Result r = init(dir, Optional.empty()).value().orElseThrow();
        assertEquals(List.of("handbook.yml"), r.kept());
        assertEquals(List.of(".gitignore"), r.amended());
        assertEquals("title: Ours\n", Files.readString(dir.resolve("handbook.yml")));
        assertEquals("node_modules/\nsite/\n# Handbook\n.handbook-cache/\n.handbook/*.jsa\n",
                Files.readString(dir.resolve(".gitignore")));
    }

    @Test
    void theManifestListsEveryFileOfTheSkeleton() throws IOException {
        // A file added to the skeleton folder but not to files.txt would silently never be written.
        Path folder = Path.of("src/main/resources/dev/handbook/scaffold/init");
        TreeSet<String> stored = new TreeSet<>(tree(folder).stream()
                .filter(p -> Files.isRegularFile(folder.resolve(p))).toList());
        stored.remove("files.txt");
        TreeSet<String> listed = new TreeSet<>(Files.readString(folder.resolve("files.txt")).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        assertEquals(stored, listed);
    }

    private static String folderOf(Path dir, String type) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("content"))) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                if (Files.readString(p.resolve("_index.md")).contains("  type: " + type + "\n")) {
                    return p.getFileName().toString();
                }
            }
        }
        throw new AssertionError("no folder cascades type " + type);
    }

    private static Staged<Optional<HandbookScaffold.Result>> init(Path dir, Optional<Path> jar) {
        return HandbookScaffold.init(dir, TODAY, jar);
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
