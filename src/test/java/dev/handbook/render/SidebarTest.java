package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.handbook.TestSite.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sidebar of a long section shows a window around the current page (issue 8: no pages x pages). */
class SidebarTest {
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
