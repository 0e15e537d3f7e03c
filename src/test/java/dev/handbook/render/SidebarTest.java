package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.config.SiteConfig;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static dev.handbook.TestSite.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sidebar of a long section shows a window around the current page (issue 8: no pages x pages),
 * and it is spliced from pieces of the theme's nav.peb rendered once per site (issue 24.2).
 */
class SidebarTest {
    /** Three levels, one of them longer than the window, so pages have open items, a current one and "more". */
    private static final String NESTED;

    static {
        StringBuilder spec = new StringBuilder("-- content/index.md --\n# Home\n");
        for (String s : List.of("alpha", "beta")) {
            spec.append("-- content/").append(s).append("/index.md --\n# ").append(s).append("\n");
            for (String sub : List.of("one", "two")) {
                spec.append("-- content/").append(s).append("/").append(sub).append("/index.md --\n# ").append(sub).append("\n");
                for (int i = 0; i < 45; i++) {
                    spec.append(String.format("-- content/%s/%s/p%02d.md --\n---\ntitle: P%02d <&>\nweight: %d\n---\nText.\n",
                            s, sub, i, i, i + 1));
                }
            }
        }
        NESTED = spec.toString();
    }

    private final List<TestSite> sites = new ArrayList<>();

    @AfterEach
    void deleteSites() throws IOException {
        for (TestSite s : sites) FileUtils.deleteDirectory(s.root().toFile());
    }

    @Test
    void everyPagesSplicedSidebarIsWhatNavPebWritesForIt() {
        TestSite site = site(NESTED);
        ResolvedSite resolved = ResolvedSites.of(site);
        SiteRenderer renderer = renderer(site, resolved);
        NavPieces pieces = renderer.navPieces(resolved);
        assertTrue(pieces.splices());
        for (int i = 0; i < resolved.pages().size(); i++) {
            Views.PageView view = renderer.pageInput(resolved, i).page();
            assertEquals(pieces.whole(view.nav()), view.sidebar(), resolved.page(i).path());
        }
        for (RenderInput extra : renderer.extraInputs(resolved)) {
            assertEquals(pieces.whole(extra.page().nav()), extra.page().sidebar(), extra.outputPath());
        }
    }

    @Test
    void aThemesOwnNavPebIsHonouredAndSpliced() {
        TestSite site = site(NESTED + """
                -- themes/default/partials/nav.peb --
                <ol class="own">{% for item in items %}<li{% if item.current %} data-here{% endif %}>{{ item.title | upper }}\
                {% if item.open %}<b>open</b>{% include "partials/nav.peb" with {"items": item.children} %}{% endif %}</li>{% endfor %}</ol>
                """);
        ResolvedSite resolved = ResolvedSites.of(site);
        assertTrue(renderer(site, resolved).navPieces(resolved).splices());
        assertEquals(List.of(), headlines(site.build()));
        String page = sidebar(site.output("beta/two/p03/index.html"));
        assertTrue(page.contains("<ol class=\"own\"><li>ALPHA</li><li>BETA<b>open</b><ol class=\"own\"><li>ONE</li>"
                + "<li>TWO<b>open</b><ol class=\"own\"><li>P00 &lt;&amp;&gt;</li>"), page);
        assertTrue(page.contains("<li data-here>P03 &lt;&amp;&gt;</li>"), page);
        assertFalse(page.contains("<ul>"), page);
    }

    @Test
    void aNavPebThatCountsItsItemsIsNotSplicedAndStillRenders() {
        TestSite site = site(NESTED + """
                -- themes/default/partials/nav.peb --
                <ul>{% for item in items %}<li>{{ loop.index }}. {{ item.title }}</li>{% endfor %}</ul>
                """);
        ResolvedSite resolved = ResolvedSites.of(site);
        SiteRenderer renderer = renderer(site, resolved);
        assertFalse(renderer.navPieces(resolved).splices());
        assertNull(renderer.pageInput(resolved, 1).page().sidebar());
        assertEquals(List.of(), headlines(site.build()));
        String page = sidebar(site.output("alpha/index.html"));
        assertTrue(page.contains("<ul><li>0. alpha</li><li>1. beta</li><li>2. "), page);
    }

    @Test
    void aNavPebThatReadsThePageIsNotSplicedAndStillRenders() {
        TestSite site = site(NESTED + """
                -- themes/default/partials/nav.peb --
                <ul>{% for item in items %}<li>{{ item.title }} on {{ page.title }}</li>{% endfor %}</ul>
                """);
        ResolvedSite resolved = ResolvedSites.of(site);
        assertFalse(renderer(site, resolved).navPieces(resolved).splices());
        assertEquals(List.of(), headlines(site.build()));
        assertTrue(sidebar(site.output("beta/index.html")).contains("<li>alpha on beta</li>"));
    }

    @Test
    void theDefaultThemeSplicesItsSidebar() {
        TestSite site = site(NESTED);
        ResolvedSite resolved = ResolvedSites.of(site);
        assertNotNull(renderer(site, resolved).pageInput(resolved, resolved.pages().size() - 1).page().sidebar());
    }

    private TestSite site(String spec) {
        TestSite site = TestSite.of(spec);
        sites.add(site);
        return site;
    }

    private static SiteRenderer renderer(TestSite site, ResolvedSite resolved) {
        Theme theme = ThemeLoader.locate(site.root(), "default").value().orElseThrow();
        return SiteRenderer.create(theme, SiteConfig.standard(), resolved.messages()).value().orElseThrow();
    }

    @Test
    void aLongSectionShowsFortyEntriesAroundThePageAndCountsTheRest() {
        StringBuilder spec = new StringBuilder("-- content/index.md --\n# Home\n-- content/big/index.md --\n# Big\n");
        for (int i = 0; i < 100; i++) {
            spec.append(String.format("-- content/big/p%03d.md --\n---\ntitle: P%03d\nweight: %d\n---\nText.\n", i, i, i + 1));
        }
        TestSite site = TestSite.of(spec.toString());
        BuildResult r = site.build();
        assertEquals(List.of(), headlines(r));

        String page = sidebar(site.output("big/p070/index.html"));
        assertFalse(page.contains(">P049<"), page);
        assertTrue(page.contains("<li class=\"current\"><a href=\"../../big/p070/index.html\" aria-current=\"page\">P070</a>"), page);
        assertTrue(page.contains(">P050<") && page.contains(">P089<"), page);
        assertFalse(page.contains(">P090<"), page);
        assertTrue(page.contains("<a href=\"../../big/index.html\">60 more…</a>"), page);

        String first = sidebar(site.output("big/p000/index.html"));
        assertTrue(first.contains(">P000<") && first.contains(">P039<") && !first.contains(">P040<"), first);

        String last = sidebar(site.output("big/p099/index.html"));
        assertTrue(last.contains(">P060<") && last.contains(">P099<") && !last.contains(">P059<"), last);
    }

    private static String sidebar(String html) {
        return html.substring(html.indexOf("<nav id=\"site-nav\""), html.indexOf("</nav>", html.indexOf("<nav id=\"site-nav\"")));
    }
}
