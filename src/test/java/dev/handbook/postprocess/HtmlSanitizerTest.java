package dev.handbook.postprocess;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSanitizerTest {
    /** Issue 7: jsoup escaped the hole markers, so a page with raw HTML lost every internal link. */
    @Test
    void internalLinksOfAPageWithRawHtmlAreFilled() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                See [the A page](a.md) and <b>bold</b> and ![Chart](chart.png).
                -- content/a.md --
                # A
                -- content/chart.png --
                PNG
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        String html = site.output("index.html");
        assertTrue(html.contains("<p>See <a href=\"a/index.html\">the A page</a> and <b>bold</b> and "
                + "<img src=\"chart.png\" alt=\"Chart\" loading=\"lazy\">.</p>"), html);
        assertFalse(html.contains("&#x1;"), html);
    }

    @Test
    void onlyHolesOfThePagesOwnLinksAreRestored() {
        String escaped = "&#x1;0&#x2;a&#x3;0&#x2; &#x1;7&#x2; &#x2;0&#x2;";
        assertEquals("\u00010\u0002a\u00030\u0002 &#x1;7&#x2; &#x2;0&#x2;", HoleMarkers.restore(escaped, 1));
        assertEquals(escaped, HoleMarkers.restore(escaped, 0));
    }

    /**
     * An author's entities that spell a hole are no hole: they become U+FFFD, so a link's markup
     * never lands inside an attribute value (issue 23.15).
     */
    @Test
    void holeEntitiesInAnAttributeStayText() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                See [the A page](a.md) and <span title="&#x1;0&#x2;x&#x3;0&#x2;">hover</span>.
                -- content/a.md --
                # A
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        String html = site.output("index.html");
        assertTrue(html.contains("<p>See <a href=\"a/index.html\">the A page</a> and "
                + "<span title=\"\uFFFD0\uFFFDx\uFFFD0\uFFFD\">hover</span>.</p>"), html);
    }


    /** Issue 19: what the sanitizer takes out of the author's HTML is a warning at its position. */
    @Test
    void whatTheSanitizerLeavesOutIsAWarningWhereItWasWritten() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                Text <span onclick="x()" class="ok">kept</span> and <b>bold</b>.

                <iframe src="https://example.com"></iframe>
                <div style="color: red">
                  <a href="javascript:alert(1)" title="t">link</a>
                </div>
                """);
        BuildResult r = site.build();
        assertEquals(List.of(
                "content/index.md:3:6: warning: raw HTML <span>: attribute 'onclick' is left out: raw_html: sanitize "
                        + "does not allow it",
                "content/index.md:5:1: warning: raw HTML <iframe> is left out: raw_html: sanitize does not allow it",
                "content/index.md:6:1: warning: raw HTML <div>: attribute 'style' is left out: raw_html: sanitize "
                        + "does not allow it",
                "content/index.md:7:3: warning: raw HTML <a>: attribute 'href' is left out: raw_html: sanitize does "
                        + "not allow it"), TestSite.headlines(r));
        assertTrue(r.written());
        String html = site.output("index.html");
        assertTrue(html.contains("<p>Text <span class=\"ok\">kept</span> and <b>bold</b>.</p>"), html);
        assertFalse(html.contains("data-hb-src"), html);
    }

    @Test
    void trustedHtmlIsLeftAloneWithoutAWord() {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                raw_html: trusted
                -- content/index.md --
                # Home

                <div style="color: red" onclick="x()">as written</div>
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        assertTrue(site.output("index.html").contains("<div style=\"color: red\" onclick=\"x()\">as written</div>"));
    }
}
