package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sidebar order and labels an author chose in handbook.yml, and titles made from folder names (issue 20.3). */
class NavConfigTest {
    private static final String PAGES = """
            -- content/index.md --
            # MkDocs
            -- content/getting-started.md --
            # Getting Started with MkDocs
            -- content/user-guide/README.md --
            # User Guide
            -- content/user-guide/installation.md --
            # Installation
            -- content/user-guide/writing-your-docs.md --
            # Writing your docs
            -- content/user-guide/cli.md --
            # Command line
            -- content/about/release-notes.md --
            # Release Notes
            -- content/about/license.md --
            # License
            -- content/about/contributing.md --
            # Contributing
            """;

    /** The sidebar's top level, and the entries of the open section, as the reader sees them. */
    private static List<String> sidebar(TestSite site, String page) {
        Document doc = Jsoup.parse(site.output(page));
        return doc.select("#site-nav a").eachText();
    }

    @Test
    void navOrdersAndLabelsPagesAndNamesAFolderThatHasNoIndexPage() { // issue 20.3
        TestSite site = TestSite.of(PAGES + """
                -- handbook.yml --
                nav:
                  - Home: index.md
                  - Getting Started: getting-started.md
                  - User Guide: user-guide/
                  - About:
                    - Release Notes: about/release-notes.md
                    - about/contributing.md
                    - Licence: about/license.md
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertEquals(List.of("Getting Started", "User Guide", "About", "Release Notes", "Contributing", "Licence",
                "At a glance"), sidebar(site, "about/license/index.html"));
        Document about = Jsoup.parse(site.output("about/index.html"));
        assertEquals("About", about.selectFirst("main h1").text());
        assertEquals(List.of("Home", "About"), Jsoup.parse(site.output("about/license/index.html"))
                .select(".breadcrumbs li").eachText().subList(0, 2));
        // Pages the nav does not list follow the listed ones, by weight then title.
        TestSite partial = TestSite.of(PAGES + """
                -- handbook.yml --
                nav:
                  - about/
                  - getting-started.md
                """);
        assertEquals(List.of(), TestSite.headlines(partial.build()));
        assertEquals(List.of("About", "Contributing", "License", "Release Notes", "Getting Started with MkDocs",
                "User Guide", "At a glance"), sidebar(partial, "about/license/index.html"));
    }

    @Test
    void aNavEntryThatNamesNoPageOrIsPlacedOutsideItsFolderIsReported() { // issue 20.3
        TestSite site = TestSite.of(PAGES + """
                -- handbook.yml --
                nav:
                  - getting-started.md
                  - user-guide/instalation.md
                  - about/license.md
                  - Mixed:
                    - user-guide/cli.md
                    - about/contributing.md
                  - getting-started.md
                """);
        assertEquals(List.of(
                "handbook.yml:3:5: error: nav: no page 'user-guide/instalation.md' in content/ (did you mean "
                        + "'user-guide/installation.md'?)",
                "handbook.yml:4:5: warning: nav: content/about/license.md is placed outside its folder; the sidebar "
                        + "shows it in content/about/",
                "handbook.yml:5:5: warning: nav: the group 'Mixed' matches no folder: its pages lie in different "
                        + "folders, and the sidebar keeps every page in its own",
                "handbook.yml:6:7: warning: nav: content/user-guide/cli.md is placed outside its folder; the sidebar "
                        + "shows it in content/user-guide/",
                "handbook.yml:7:7: warning: nav: content/about/contributing.md is placed outside its folder; the "
                        + "sidebar shows it in content/about/",
                "handbook.yml:8:5: warning: nav: content/getting-started.md is listed twice; the first entry places it"),
                TestSite.headlines(site.build()));
    }

    @Test
    void aNavTitleIsTheSidebarsLabelAndThePageKeepsItsTitle() { // issue 20.3
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/about.md --
                ---
                title: About Goldydocs
                nav_title: About
                ---
                Text.
                """);
        assertEquals(List.of(), TestSite.headlines(site.build()));
        assertEquals(List.of("About", "At a glance"), sidebar(site, "about/index.html"));
        assertEquals("About Goldydocs", Jsoup.parse(site.output("about/index.html")).selectFirst("main h1").text());
    }

    @Test
    void titlesMadeFromFolderNamesKeepAcronymsAndNavOverridesThem() { // issue 20.3
        String pages = """
                -- content/index.md --
                # Home
                -- content/18f/tts-consulting/ci-cd/apis.md --
                # APIs
                -- content/18f/okrs/q1.md --
                # Q1
                -- content/gov-uk/plan-b-vs-c.md --
                # Plans
                """;
        TestSite plain = TestSite.of(pages);
        assertEquals(List.of(), TestSite.headlines(plain.build()));
        assertEquals(List.of("Home", "18F", "TTS consulting", "CI CD"),
                Jsoup.parse(plain.output("18f/tts-consulting/ci-cd/apis/index.html")).select(".breadcrumbs a").eachText());
        assertEquals("OKRs", Jsoup.parse(plain.output("18f/okrs/index.html")).selectFirst("main h1").text());
        assertEquals("Gov uk", Jsoup.parse(plain.output("gov-uk/index.html")).selectFirst("main h1").text());
        TestSite named = TestSite.of(pages + """
                -- handbook.yml --
                acronyms: [GOV, UK]
                nav:
                  - Eighteen F:
                    - TTS, the consulting arm: 18f/tts-consulting/
                """);
        assertEquals(List.of(), TestSite.headlines(named.build()));
        assertEquals("GOV UK", Jsoup.parse(named.output("gov-uk/index.html")).selectFirst("main h1").text());
        assertEquals(List.of("Home", "Eighteen F", "TTS, the consulting arm", "CI CD"),
                Jsoup.parse(named.output("18f/tts-consulting/ci-cd/apis/index.html")).select(".breadcrumbs a").eachText());
    }
}
