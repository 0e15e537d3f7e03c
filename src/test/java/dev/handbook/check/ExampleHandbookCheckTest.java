package dev.handbook.check;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.CheckOptions;
import dev.handbook.pipeline.CheckResult;
import dev.handbook.pipeline.CheckRun;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7: the example handbook in content/ passes handbook check --strict, in both editions,
 * silencing nothing but what two role pages say of themselves (issue 22.1).
 */
class ExampleHandbookCheckTest {
    @Test
    void theExampleHandbookHasNoFindings(@TempDir Path out) {
        for (String audience : List.of("everyone", "managers")) {
            CheckResult r = CheckRun.check(BuildOptions.defaults(Path.of(".")).withOut(out.resolve("site"))
                    .withAudience(audience).withStrict(true), CheckOptions.defaults(), Progress.NONE);
            assertEquals(List.of(), TestSite.findings(r), audience);
            // Only the product manager's and the designer's reporting-line: they report outside the handbook.
            assertEquals(2, r.silenced(), audience);
            assertTrue(r.pages() > 30, audience + " pages: " + r.pages());
        }
    }
}
