package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.4: what handbook.yml puts into every page's head and header: the logo and favicon
 * (files of the site, linked relatively), and with base_url the canonical URL and the Open Graph
 * and Twitter tags of the page.
 */
class SiteHeadTest {
    private static final String PAGES = """
            -- content/index.md --
            # Acme
            -- content/teams/checkout.md --
            ---
            title: Checkout & payments
            description: The team that owns "checkout".
            ---
            Text.
            -- content/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>
            """;

    @Test
    void withBaseUrlEveryPageNamesItsCanonicalUrlAndOpenGraphTags() {
        TestSite site = TestSite.of(PAGES + """
                -- handbook.yml --
                title: Acme handbook
                description: How Acme works.
                base_url: https://hb.acme.test/eng
                """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String team = site.output("teams/checkout/index.html");
        assertTrue(team.contains("<link rel=\"canonical\" href=\"https://hb.acme.test/eng/teams/checkout/\">"), team);
        assertTrue(team.contains("<meta property=\"og:url\" content=\"https://hb.acme.test/eng/teams/checkout/\">"), team);
        assertTrue(team.contains("<meta property=\"og:type\" content=\"article\">"), team);
        assertTrue(team.contains("<meta property=\"og:title\" content=\"Checkout &amp; payments\">"), team);
        assertTrue(team.contains("<meta property=\"og:description\" content=\"The team that owns &quot;checkout&quot;.\">"), team);
        assertTrue(team.contains("<meta property=\"og:site_name\" content=\"Acme handbook\">"), team);
        assertTrue(team.contains("<meta name=\"twitter:card\" content=\"summary\">"), team);
        String home = site.output("index.html");
        assertTrue(home.contains("<link rel=\"canonical\" href=\"https://hb.acme.test/eng/\">"), home);
        assertTrue(home.contains("<meta property=\"og:type\" content=\"website\">"), home);
        assertTrue(home.contains("<meta property=\"og:description\" content=\"How Acme works.\">"),
                "a page without a description has the handbook's");
        String notFound = site.output("404.html");
        assertFalse(notFound.contains("rel=\"canonical\""), "the 404 page is no page of its own");
        assertTrue(notFound.contains("<meta name=\"robots\" content=\"noindex\">"));
    }

    @Test
    void withoutBaseUrlThereAreNoAbsoluteUrls() {
        TestSite site = TestSite.of(PAGES);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String team = site.output("teams/checkout/index.html");
        assertFalse(team.contains("canonical"), team);
        assertFalse(team.contains("og:"), team);
        assertFalse(team.contains("site-logo"), "no logo unless handbook.yml names one");
        assertFalse(team.contains("rel=\"icon\""));
    }

    @Test
    void logoAndFaviconAreLinkedFromEveryDepth() {
        TestSite site = TestSite.of(PAGES + """
                -- handbook.yml --
                logo: images/logo.svg
                favicon: ./assets/icon.png
                -- themes/default/static/assets/icon.png --
                png
                """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String team = site.output("teams/checkout/index.html");
        assertTrue(team.contains("<img class=\"site-logo\" src=\"../../images/logo.svg\" alt=\"\">"), team);
        assertTrue(team.contains("<link rel=\"icon\" href=\"../../assets/icon.png\">"), team);
        assertTrue(site.output("index.html").contains("src=\"images/logo.svg\""));
        assertTrue(site.exists("assets/icon.png") && site.exists("images/logo.svg"));
    }

    @Test
    void aLogoThatIsNoFileOfTheSiteIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(PAGES + """
                -- handbook.yml --
                title: Acme
                logo: images/logo.png
                """);
        BuildResult r = site.build();
        assertEquals(List.of("handbook.yml:2:7: error: logo 'images/logo.png' is not a file of the site"),
                TestSite.headlines(r));
        assertTrue(r.diagnostics().get(0).hint().orElse("").contains("content/images/logo.png"));
        assertFalse(r.ok());
    }

    @Test
    void aPathThatCannotBeAFileOfTheSiteIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(PAGES + """
                -- handbook.yml --
                favicon: /favicon.ico
                logo: ../logo.svg
                """);
        assertEquals(List.of(
                "handbook.yml:1:10: error: favicon must be the path of a file in content/ or in the theme's static/ "
                        + "folder, relative and with '/', e.g. images/favicon.svg; found '/favicon.ico'",
                "handbook.yml:2:7: error: logo must be the path of a file in content/ or in the theme's static/ "
                        + "folder, relative and with '/', e.g. images/logo.svg; found '../logo.svg'"),
                TestSite.headlines(site.build()));
    }
}
