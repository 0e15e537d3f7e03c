package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links written the way other generators and GitHub accept them find their page and are written
 * out as the page's relative URL, whatever form the author used (issue 20.1).
 */
class LinkFormsTest {
    private static final String PAGES = """
            -- content/docs/README.md --
            # Docs
            -- content/docs/intro.md --
            # Overview

            ## Install it

            ## Run & stop
            -- content/docs/guides/setup.md --
            # Setup
            """;

    /** The href of each link of a page's content, in order. */
    private static List<String> hrefs(TestSite site, String page) {
        Document doc = Jsoup.parse(site.output(page));
        return doc.select("main .prose a[href]").stream()
                .filter(a -> !a.hasClass("heading-anchor")).map(a -> a.attr("href")).distinct().toList();
    }

    @Test
    void siteUrlsInEveryFormLeadToThePageAsARelativeUrl() { // issue 20.1
        TestSite site = TestSite.of(PAGES + """
                -- content/index.md --
                # Home

                [slash](/docs/intro/) [bare](/docs/intro) [html](/docs/intro.html)
                [index](/docs/intro/index.html) [md](docs/intro.md) [md-slash](docs/intro.md/)
                [folder](/docs/) [readme](docs/README.md) [folder-html](/docs/index.html) [home](/)
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertEquals(List.of("docs/intro/index.html", "docs/index.html", "index.html"),
                hrefs(site, "index.html"));
    }

    @Test
    void anchorsTravelWithEveryFormAndMayBeWrittenAsAnotherGeneratorMakesIds() { // issue 20.1
        TestSite site = TestSite.of(PAGES + """
                -- content/index.md --
                # Home

                [a](/docs/intro/#install-it) [b](/docs/intro.html#install-it) [c](docs/intro.md#install_it)
                [d](/docs/intro#run-stop) [e](docs/intro.md/#Install-It)
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertEquals(List.of("docs/intro/index.html#install-it", "docs/intro/index.html#run--stop"),
                hrefs(site, "index.html"));
    }

    @Test
    void aRelativeUrlIsReadFromThePagesAddressWhenItsFolderHasNoSuchPage() { // issue 20.1
        TestSite site = TestSite.of(PAGES + """
                -- content/docs/concepts.md --
                # Concepts

                [up](../intro/) [sibling](intro/) [html](intro.html) [down](guides/setup/)
                [from the address](../guides/setup/)
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertEquals(List.of("../../docs/intro/index.html", "../../docs/guides/setup/index.html"),
                hrefs(site, "docs/concepts/index.html"));
    }

    @Test
    void anchorsTravelWithPageRelativeUrlsReadmesAndFolders() { // issue 20.1
        TestSite site = TestSite.of(PAGES + """
                -- content/docs/guides/index.md --
                # Guides

                ## Picking one
                -- content/docs/concepts.md --
                # Concepts

                [up](../intro/#install-it) [html](intro.html#Install-It) [readme](README.md#docs)
                [folder](/docs/guides/#picking-one) [folder-rel](../guides/#picking_one)
                [folder-index](guides/index.html#picking-one)
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        // README's '# Docs' is the page's title, shown by the theme: '#docs' leads to the top of the page.
        assertEquals(List.of("../../docs/intro/index.html#install-it", "../../docs/index.html",
                        "../../docs/guides/index.html#picking-one"),
                hrefs(site, "docs/concepts/index.html"));
    }

    @Test
    void aMissingAnchorInAnyFormIsAnErrorNamingThePageAndItsHeadings() { // issue 20.1
        TestSite site = TestSite.of(PAGES + """
                -- content/index.md --
                # Home

                [a](/docs/intro/#instal-it) [b](docs/README.md#nothing)
                """);
        assertEquals(List.of(
                "content/index.md:3:5: error: broken link '/docs/intro/#instal-it': content/docs/intro.md has no "
                        + "heading '#instal-it' (did you mean 'install-it'?)",
                "content/index.md:3:33: error: broken link 'docs/README.md#nothing': content/docs/README.md has no "
                        + "heading '#nothing'"),
                TestSite.errors(site.build()));
    }

    @Test
    void theSuggestionForAPageRelativeUrlTriesItFromThePagesAddressToo() { // issue 20.1
        TestSite site = TestSite.of(PAGES + """
                -- content/docs/concepts.md --
                # Concepts

                [up](../inrto/) [down](guides/setpu/)
                """);
        assertEquals(List.of(
                "content/docs/concepts.md:3:6: error: broken link '../inrto/': no page content/inrto.md, no folder "
                        + "content/inrto/ and no file of that name (did you mean 'docs/intro.md'?)",
                "content/docs/concepts.md:3:24: error: broken link 'guides/setpu/': no page content/docs/guides/setpu.md, "
                        + "no folder content/docs/guides/setpu/ and no file of that name (did you mean "
                        + "'docs/guides/setup.md'?)"),
                TestSite.errors(site.build()));
    }

    @Test
    void aSamePageAnchorWrittenAsAnotherGeneratorMakesIdsPointsAtTheHeading() { // issue 20.1
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                See [the hooks](#hooks-events), as MkDocs made the id.

                ## Hooks & events

                [Back up](#home), to the heading the theme shows as the title.
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertTrue(site.output("index.html").contains("href=\"#hooks--events\""), site.output("index.html"));
        assertTrue(site.output("index.html").contains("href=\"#top\""), site.output("index.html"));
    }

    @Test
    void aLinkThatStillFindsNothingKeepsItsErrorWithASuggestionInTheFormsTried() { // issue 20.1
        TestSite site = TestSite.of(PAGES + """
                -- content/index.md --
                # Home

                [typo](/docs/inrto/) [file](docs/inrto.md) [nothing](/nowhere/at/all.html)
                """);
        assertEquals(List.of(
                "content/index.md:3:8: error: broken link '/docs/inrto/': no page content/docs/inrto.md, no folder "
                        + "content/docs/inrto/ and no file of that name (did you mean 'docs/intro.md'?)",
                "content/index.md:3:29: error: broken link 'docs/inrto.md': no page or file content/docs/inrto.md "
                        + "(did you mean 'docs/intro.md'?)",
                "content/index.md:3:54: error: broken link '/nowhere/at/all.html': no page content/nowhere/at/all.md, "
                        + "no folder content/nowhere/at/all/ and no file of that name"),
                TestSite.errors(site.build()));
    }

    @Test
    void aLinkToARestrictedPageInAnyFormIsPlainTextInTheWiderEdition() { // issue 20.1, 20.4
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home

                [pay](/pay/bands/) and [pay again](pay/bands.html)
                -- content/pay/bands.md --
                ---
                audience: managers
                ---
                # Pay bands
                """);
        BuildResult r = site.build();
        assertEquals(List.of(
                "content/index.md:3:7: warning: link '/pay/bands/' leads to content that is not in the 'everyone' "
                        + "edition; it is shown as plain text",
                "content/index.md:3:36: warning: link 'pay/bands.html' leads to content that is not in the 'everyone' "
                        + "edition; it is shown as plain text"), TestSite.headlines(r));
        assertTrue(!site.output("index.html").contains("bands/index.html"));
    }

    @Test
    void linkStyleMdAsksForTheFilesPathAndIsOffUnlessTurnedOn() { // issue 20.1
        String pages = PAGES + """
                -- content/index.md --
                # Home

                [a](/docs/intro/) [b](docs/intro.md) [c](/docs/intro/#install-it) [d](docs/README.md)
                """;
        assertEquals(List.of(), TestSite.headlines(TestSite.of(pages).build()));
        TestSite strict = TestSite.of(pages + """
                -- handbook.yml --
                link_style: md
                """);
        assertEquals(List.of(
                        "content/index.md:3:5: warning: link '/docs/intro/' is not written as the page's file: write "
                                + "'docs/intro.md'",
                        "content/index.md:3:42: warning: link '/docs/intro/#install-it' is not written as the page's "
                                + "file: write 'docs/intro.md#install-it'"),
                TestSite.headlines(strict.build()));
    }

    @Test
    void aLinkThatReadsTwoWaysSaysSo() { // issue 20.1
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/docs/a.md --
                # A

                [b](b/)
                -- content/docs/b.md --
                # B (beside a)
                -- content/docs/a/b.md --
                # B (under a)
                """);
        BuildResult r = site.build();
        assertEquals(List.of("content/docs/a.md:3:5: warning: link 'b/' names two things: content/docs/b.md from the "
                + "folder of content/docs/a.md, and content/docs/a/b.md from the page's address /docs/a/; it leads to "
                + "the first"), TestSite.headlines(r));
    }
}
