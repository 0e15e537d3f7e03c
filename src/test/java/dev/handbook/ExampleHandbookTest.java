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

/** The example handbook in content/ is part of the product: it builds strictly, in both editions. */
class ExampleHandbookTest {
    @Test
    void buildsStrictlyWithoutWarnings(@TempDir Path out) {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(out.resolve("site")).withStrict(true),
                Progress.NONE);
        assertEquals(List.of(), TestSite.headlines(r));
        assertTrue(r.written());
        assertTrue(r.pages() > 30, "pages: " + r.pages());
    }

    @Test
    void managersEditionBuildsStrictlyToo(@TempDir Path out) {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(out.resolve("site"))
                .withAudience("managers").withStrict(true), Progress.NONE);
        assertEquals(List.of(), TestSite.headlines(r));
        assertTrue(r.written());
    }
}
