package dev.handbook;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example handbook in content/ is part of the product: it builds without a single warning, in
 * both editions. (A shallow clone adds one warning about git history, which is about the checkout,
 * not the content; CI clones may be shallow, so that one is set aside here.)
 */
class ExampleHandbookTest {
    @Test
    void buildsWithoutWarnings(@TempDir Path out) {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(out.resolve("site")), Progress.NONE);
        assertEquals(List.of(), aboutContent(r));
        assertTrue(r.written());
        assertTrue(r.pages() > 30, "pages: " + r.pages());
    }

    @Test
    void managersEditionBuildsWithoutWarningsToo(@TempDir Path out) {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(out.resolve("site"))
                .withAudience("managers"), Progress.NONE);
        assertEquals(List.of(), aboutContent(r));
        assertTrue(r.written());
    }

    static List<String> aboutContent(BuildResult r) {
        return r.diagnostics().stream().filter(d -> !d.rule().equals("git-shallow")).map(d -> d.headline()).toList();
    }
}
