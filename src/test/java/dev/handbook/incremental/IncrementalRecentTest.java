package dev.handbook.incremental;

import dev.handbook.GitRepo;
import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21.7: serve keeps the "Recently changed" page and its feed as a clean build makes them. */
class IncrementalRecentTest {
    private static String file(IncrementalBuild build, String path) {
        return new String(build.site().get(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    // issue 21.7: a text edit that adds a block for managers changes what the page may say of old commits
    @Test
    void aBlockForANarrowerAudienceAddedToAPageHidesTheSubjectsOfItsCommitsAtOnce() {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home
                -- content/open.md --
                # Open

                Text.
                """);
        GitRepo.init(site.root()).commit("2026-03-01T00:00:00Z", "Ann", "Write the open page");
        BuildOptions options = site.options().withThreads(2);
        try (IncrementalBuild build = IncrementalBuild.start(options, Progress.NONE)) {
            assertTrue(file(build, "overview/recent/index.html").contains("Write the open page"));
            assertTrue(file(build, "recent.xml").contains("Write the open page"));
            FreshBuild.assertSame(build, options, "first build");

            site.file("content/open.md", "# Open\n\nText.\n\n::: audience managers\nFor managers.\n:::\n");
            assertTrue(build.apply(Changes.of("content/open.md")).ok());
            assertFalse(file(build, "overview/recent/index.html").contains("Write the open page"));
            assertFalse(file(build, "recent.xml").contains("Write the open page"));
            FreshBuild.assertSame(build, options, "a block for managers added");

            site.file("content/open.md", "# Open\n\nText.\n");
            assertTrue(build.apply(Changes.of("content/open.md")).ok());
            assertTrue(file(build, "overview/recent/index.html").contains("Write the open page"));
            FreshBuild.assertSame(build, options, "the block taken out again");
        }
    }
}
