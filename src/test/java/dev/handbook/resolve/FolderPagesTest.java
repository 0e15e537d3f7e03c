package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Folder pages as other generators have them: X.md beside X/, and README.md (issue 20.2). */
class FolderPagesTest {
    private static Document page(TestSite site, String path) {
        return Jsoup.parse(site.output(path));
    }

    @Test
    void aPageBesideAFolderOfTheSameNameIsThatFoldersPage() { // issue 20.2
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/guides.md --
                ---
                title: All the guides
                cascade: {owner: "@docs-team"}
                ---
                The guides, one per language. See [Ruby](guides/ruby.md).
                -- content/guides/ruby.md --
                # Ruby

                Back to [the guides](../guides.md).
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertFalse(site.exists("guides/guides/index.html"));
        Document guides = page(site, "guides/index.html");
        assertEquals("All the guides", guides.selectFirst("main h1").text());
        assertTrue(guides.select("main .card a[href=../guides/ruby/index.html]").size() >= 1, guides.select("main").html());
        Document ruby = page(site, "guides/ruby/index.html");
        assertEquals("../../guides/index.html", ruby.selectFirst("main .prose a").attr("href"));
        assertEquals(List.of("Home", "All the guides"), ruby.select(".breadcrumbs a").eachText());
    }

    @Test
    void aPageBesideAFolderWithItsOwnIndexPageIsTheErrorItWas() { // issue 20.2
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/guides.md --
                # Guides
                -- content/guides/_index.md --
                # Guides again
                -- content/guides/ruby.md --
                # Ruby
                """);
        assertEquals(List.of("content/guides/_index.md: error: content/guides.md and content/guides/_index.md both "
                + "become the page /guides/; rename one"), TestSite.errors(site.build()));
    }

    @Test
    void readmeIsAFoldersPageWhenTheFolderHasNoIndexPage() { // issue 20.2
        TestSite site = TestSite.of("""
                -- content/README.md --
                # Guides

                Start with [Ruby](ruby/) or [Rails](rails/README.md).
                -- content/ruby/README.md --
                # Ruby

                Back to [all guides](../README.md).
                -- content/rails/README.md --
                # Rails
                -- content/rails/index.md --
                # Rails, the index
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertEquals("Guides", page(site, "index.html").selectFirst("main h1").text());
        assertEquals(List.of("ruby/index.html", "rails/README/index.html"),
                page(site, "index.html").select("main .prose a").eachAttr("href"));
        assertEquals("Rails, the index", page(site, "rails/index.html").selectFirst("main h1").text());
        assertEquals("../index.html", page(site, "ruby/index.html").selectFirst("main .prose a").attr("href"));
    }

    @Test
    void aLeadingHeadingEqualToTheTitleIsShownOnce() { // issue 20.2
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/ruby/README.md --
                ---
                title: Ruby
                ---
                # Ruby

                Text.
                """);
        assertEquals(List.of(), TestSite.headlines(site.build()));
        assertEquals(1, page(site, "ruby/index.html").select("main h1").size());
    }
}
