package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files: each case under src/test/resources/golden/ is a handbook ({@code site/}) with the
 * expected {@code <main>} of every page and the expected calendar ({@code expected/}). A page with no
 * expected file fails, and so does an expected file no page produced. Rewrite them with
 * {@code mvn test -Dgolden.update=true} and review the diff as a reader would.
 */
class GoldenSiteTest {
    private static final Path CASES = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void outputMatchesTheGoldenFiles(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Path out = Files.createTempDirectory("golden-" + name);
        // Built from a copy outside the repository, so git history never shows in the output.
        Path source = out.resolve("source");
        org.apache.commons.io.file.PathUtils.copyDirectory(dir.resolve("site"), source);
        BuildOptions options = BuildOptions.defaults(source).withOut(out.resolve("site"))
                .withToday(LocalDate.of(2026, 11, 29));
        BuildResult r = Pipeline.build(options, Progress.NONE);
        assertTrue(r.written(), TestSite.headlines(r).toString());
        Path expected = dir.resolve("expected");
        Set<String> produced = compared(out.resolve("site"));
        if (UPDATE) {
            if (Files.exists(expected)) org.apache.commons.io.file.PathUtils.deleteDirectory(expected);
            for (String f : produced) {
                Path target = expected.resolve(f);
                Files.createDirectories(target.getParent());
                Files.writeString(target, normalise(out.resolve("site").resolve(f)), StandardCharsets.UTF_8);
            }
        }
        assertEquals(produced, compared(expected), "expected files: missing or stale ones");
        for (String f : produced) {
            assertEquals(Files.readString(expected.resolve(f), StandardCharsets.UTF_8),
                    normalise(out.resolve("site").resolve(f)), f);
        }
    }

    /** Every page and calendar of the site, except the 404 and tag pages (tested elsewhere). */
    private static Set<String> compared(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if ((rel.endsWith(".html") || rel.endsWith(".ics")) && !rel.equals("404.html") && !rel.startsWith("tags/")) {
                    out.add(rel);
                }
            }
        }
        return out;
    }

    /** The {@code <main>} of a page, pretty-printed by jsoup so theme chrome and whitespace make no noise. */
    static String normalise(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!file.toString().endsWith(".html")) return text;
        Document doc = Jsoup.parse(text);
        Element main = doc.selectFirst("main");
        return (main == null ? doc.body() : main).outerHtml() + "\n";
    }

}
