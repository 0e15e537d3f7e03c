package dev.handbook.cli;

import dev.handbook.check.LoopbackServerAccess;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.CheckOptions;
import dev.handbook.pipeline.CheckResult;
import dev.handbook.pipeline.CheckRun;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof of issue 7: a fixture handbook with one of every kind of finding, checked with
 * {@code handbook check --external}; the exact findings, with positions, in every output format,
 * are compared with the files in {@code src/test/resources/check/expected/}. Run
 * {@code mvn test -Dgolden.update=true} to rewrite them, and review the diff like code.
 */
class CheckFixtureTest {
    private static final Path FIXTURE = Path.of("src/test/resources/check/fixture");
    private static final Path EXPECTED = Path.of("src/test/resources/check/expected");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static LoopbackServerAccess server;
    private static Path root;

    @BeforeAll
    static void copyFixture() throws IOException {
        server = LoopbackServerAccess.start();
        root = Files.createTempDirectory("handbook-fixture-");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve(FIXTURE.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.writeString(to, Files.readString(p).replace("${port}", String.valueOf(server.port())));
            }
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, normalise(out.toString()), normalise(err.toString()));
    }

    /** The temporary root and the server's port as they read in the expected files. */
    private static String normalise(String s) {
        return s.replace(root.toString() + "/", "").replace("127.0.0.1:" + server.port(), "127.0.0.1:${port}");
    }

    @Test
    void everyFormatListsExactlyTheExpectedFindings() throws IOException {
        Map<String, String> produced = new TreeMap<>();
        for (String format : List.of("human", "json", "github")) {
            Run r = run("check", root.toString(), "--external", "--format", format);
            assertEquals(1, r.code(), r.err());
            // The first run asks the server; the next ones find both answers in the cache under site/.
            String asked = format.equals("human") ? "2 asked, 0 from cache" : "0 asked, 2 from cache";
            String[] err = r.err().strip().split("\n");
            assertTrue(err[err.length - 1].matches("checked 8 pages \\(49 files\\) in \\d+\\.\\d\\d s: 11 errors, "
                    + "5 warnings \\(1 silenced\\); 6 external links \\(" + asked + ", 4 excluded\\)"), r.err());
            produced.put(format + (format.equals("json") ? ".json" : ".txt"), r.out());
        }
        CheckResult result = CheckRun.check(BuildOptions.defaults(root), CheckOptions.defaults().withExternal(true),
                Progress.NONE);
        StringWriter terminal = new StringWriter();
        new CheckReport(new PrintWriter(terminal), root).print(CheckReport.Format.HUMAN, result, true, false);
        produced.put("human-terminal.txt", normalise(terminal.toString()));
        compareWithExpected(produced);
        assertEquals(2, server.hits("/gone"), "asked once: HEAD, then GET to confirm the 404");
        assertEquals(1, server.hits("/ok"), "asked once, with HEAD");
        assertEquals(0, server.hits("/edit/content/index.md"), "edit links are not checked");
    }

    private static void compareWithExpected(Map<String, String> produced) throws IOException {
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            for (Map.Entry<String, String> e : produced.entrySet()) {
                Files.writeString(EXPECTED.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> s = Files.list(EXPECTED)) {
            assertEquals(produced.keySet(), new java.util.TreeSet<>(s.map(p -> p.getFileName().toString()).toList()),
                    "expected files: one per format, none stale");
        }
        for (Map.Entry<String, String> e : produced.entrySet()) {
            assertEquals(Files.readString(EXPECTED.resolve(e.getKey()), StandardCharsets.UTF_8), e.getValue(), e.getKey());
        }
    }
}
