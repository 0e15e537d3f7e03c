package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.CheckResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old addresses that keep working: aliases, redirect_from and redirects: (issue 20.4). */
class RedirectsTest {
    private static final String SITE = """
            -- content/index.md --
            # Home
            -- content/ways/code-review.md --
            ---
            aliases: [/process/reviews/, old-review.html]
            redirect_from:
              - /reviewing/
            ---
            # Code review

            ## Who reviews
            -- content/ways/retro.md --
            # Retro
            -- handbook.yml --
            redirects:
              user-guide/plugins.md: ways/retro.md
              /retros.html: /ways/retro/#top-section
              /elsewhere/: https://example.com/handbook/
            """;

    @Test
    void eachOldAddressGetsARedirectPageWithRelativeUrls() { // issue 20.4
        TestSite site = TestSite.of(SITE.replace("#top-section", "") + """
                -- content/ways/retro.md --
                # Retro

                ## Top section
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        Document d = Jsoup.parse(site.output("process/reviews/index.html"));
        assertEquals("0; url=../../ways/code-review/index.html",
                d.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("../../ways/code-review/index.html", d.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Code review", d.selectFirst("main a[href=../../ways/code-review/index.html]").text());
        assertTrue(site.exists("ways/old-review.html"), "an alias without '/' is read from its page's folder");
        assertEquals("../ways/code-review/index.html", Jsoup.parse(site.output("ways/old-review.html"))
                .selectFirst("main a").attr("href"));
        assertTrue(site.exists("reviewing/index.html"));
        assertEquals("../../ways/retro/index.html", Jsoup.parse(site.output("user-guide/plugins/index.html"))
                .selectFirst("main a").attr("href"));
        assertEquals("ways/retro/index.html", Jsoup.parse(site.output("retros.html")).selectFirst("main a").attr("href"));
        assertEquals("https://example.com/handbook/", Jsoup.parse(site.output("elsewhere/index.html"))
                .selectFirst("meta[http-equiv=refresh]").attr("content").substring("0; url=".length()));
        CheckResult check = site.checkSite();
        assertEquals(List.of(), TestSite.findings(check));
    }

    @Test
    void aRedirectsTargetMustExistAndItsAnchorToo() { // issue 20.4
        TestSite site = TestSite.of(SITE + """
                -- handbook.yml --
                redirects:
                  /a/: ways/retor.md
                  /b/: ways/retro.md#nowhere
                  /blog/2018/*: ways/retro.md
                """);
        assertEquals(List.of(
                "handbook.yml:2:3: error: redirects: '/a/' leads to 'ways/retor.md', which is no page or file of content/ "
                        + "(did you mean 'ways/retro.md'?)",
                "handbook.yml:3:3: error: redirects: '/b/' leads to 'ways/retro.md#nowhere', but content/ways/retro.md "
                        + "has no heading '#nowhere'",
                "handbook.yml:4:3: error: redirect from '/blog/2018/*': a static site holds one page per address, so '*' "
                        + "cannot be served; set up such a redirect on your web server"),
                TestSite.errors(site.build()));
    }

    @Test
    void checkVerifiesEveryRedirectsTargetAndReadsTheRedirectPages() { // issue 20.4
        TestSite bad = TestSite.of(SITE + """
                -- handbook.yml --
                redirects:
                  /a/: ways/retor.md
                  /b/: ways/retro.md#nowhere
                """);
        assertEquals(List.of(
                "handbook.yml:2:3: error: redirects: '/a/' leads to 'ways/retor.md', which is no page or file of content/ "
                        + "(did you mean 'ways/retro.md'?) [redirect]",
                "handbook.yml:3:3: error: redirects: '/b/' leads to 'ways/retro.md#nowhere', but content/ways/retro.md "
                        + "has no heading '#nowhere' [redirect]"),
                TestSite.findings(bad.checkSite()));
        // Each redirect page is read like any page, its link checked: one alias is one more page read.
        String pages = """
                -- content/index.md --
                # Home
                -- content/retro.md --
                ---
                %s
                ---
                # Retro
                """;
        CheckResult without = TestSite.of(pages.formatted("title: Retro")).checkSite();
        CheckResult with = TestSite.of(pages.formatted("aliases: [/retros/]")).checkSite();
        assertEquals(List.of(), TestSite.findings(with));
        assertEquals(without.pages() + 1, with.pages());
    }

    @Test
    void aRedirectThatWouldReplaceAPageAFileOrAnotherRedirectIsAnError() { // issue 20.4
        TestSite site = TestSite.of(SITE + """
                -- content/ways/diagram.png --
                png
                -- content/ways/retro.md --
                ---
                aliases: [/ways/code-review/, /reviewing/, diagram.png, /process/reviews/]
                ---
                # Retro
                """);
        assertEquals(List.of(
                "content/ways/retro.md:2:11: error: redirect from '/ways/code-review/' would replace "
                        + "content/ways/code-review.md, which is at /ways/code-review/index.html; remove the redirect or "
                        + "move the page",
                "content/ways/retro.md:2:31: error: redirect from '/reviewing/' is also written at "
                        + "content/ways/code-review.md:4:5, to another target; keep one",
                "content/ways/retro.md:2:44: error: redirect from 'diagram.png': an old address is a folder "
                        + "(/old/page/), an .html file or a former .md file",
                "content/ways/retro.md:2:57: error: redirect from '/process/reviews/' is also written at "
                        + "content/ways/code-review.md:2:11, to another target; keep one"),
                TestSite.errors(site.build()).stream().filter(e -> !e.startsWith("handbook.yml")).toList());
    }

    @Test
    void aRestrictedPagesAliasesNeverReachAWiderEdition() throws Exception { // issue 20.4
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home
                -- content/pay/bands.md --
                ---
                audience: managers
                aliases: [/compensation-secret-ladder/]
                ---
                # Pay bands
                """);
        BuildResult everyone = site.build();
        assertEquals(List.of(), TestSite.headlines(everyone));
        assertFalse(site.exists("compensation-secret-ladder/index.html"));
        for (Map.Entry<String, byte[]> f : TestSite.snapshot(site.out()).entrySet()) {
            assertFalse(new String(f.getValue(), StandardCharsets.UTF_8).contains("compensation-secret-ladder"), f.getKey());
        }
        BuildOptions managers = BuildOptions.defaults(site.root()).withAudience("managers");
        assertEquals(List.of(), TestSite.headlines(site.build(managers)));
        assertTrue(site.exists("compensation-secret-ladder/index.html"));
    }
}
