package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * Golden files of the generated views on the example handbook itself (content/), in both editions:
 * the org chart, the rituals week, the matrix, the runbooks, two role pages and rituals.ics, each
 * page's {@code <main>} as {@link GoldenSiteTest} compares it. The build date is fixed, so "next
 * meeting" dates do not move. Rewrite with {@code mvn test -Dtest=ExampleViewsGoldenTest
 * -Dgolden.update=true} after changing the example or the theme, and read the diff. Issue 22.
 */
class ExampleViewsGoldenTest {
    private static final Path EXPECTED = Path.of("src/test/resources/golden-example");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final List<String> VIEWS = List.of("overview/org-chart/index.html", "overview/rituals/index.html",
            "overview/responsibilities/index.html", "runbooks/incident-response/index.html",
            "runbooks/on-call-handover/index.html", "roles/engineering-manager/index.html",
            "roles/head-of-engineering/index.html", "rituals.ics");

    @ParameterizedTest
    @ValueSource(strings = {"everyone", "managers"})
    void theExamplesViewsMatchTheirGoldenFiles(String edition) throws IOException {
        Path work = Files.createTempDirectory("golden-example-");
        // A copy outside the repository, so git history (dates, authors) does not show in the pages.
        Files.createDirectories(work.resolve("source"));
        org.apache.commons.io.file.PathUtils.copyDirectory(Path.of("content"), work.resolve("source/content"));
        Files.copy(Path.of("handbook.yml"), work.resolve("source/handbook.yml"));
        Path site = work.resolve("site");
        BuildResult r = Pipeline.build(BuildOptions.defaults(work.resolve("source")).withOut(site)
                .withAudience(edition).withToday(LocalDate.of(2026, 11, 29)), Progress.NONE);
        assertTrue(r.written(), TestSite.headlines(r).toString());
        Path expected = EXPECTED.resolve(edition);
        if (UPDATE) {
            if (Files.exists(expected)) org.apache.commons.io.file.PathUtils.deleteDirectory(expected);
            for (String f : VIEWS) {
                Path target = expected.resolve(f);
                Files.createDirectories(target.getParent());
                Files.writeString(target, GoldenSiteTest.normalise(site.resolve(f)), StandardCharsets.UTF_8);
            }
        }
        assertEquals(new TreeSet<>(VIEWS), files(expected), "expected files: missing or stale ones");
        for (String f : VIEWS) {
            assertEquals(Files.readString(expected.resolve(f), StandardCharsets.UTF_8),
                    GoldenSiteTest.normalise(site.resolve(f)), edition + "/" + f);
        }
    }

    private static Set<String> files(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        }
        return out;
    }
}
