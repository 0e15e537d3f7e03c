package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23.15: the characters that mark a page's link holes (and its deferred text), written by an
 * author raw or as character references, in text, attributes and code, never become one of the
 * page's links, and never put markup into an attribute. Holes are filled only where the renderer put them.
 */
class HoleMarkerTest {
    /** Every way to write the marker characters U+0001 to U+0005 that HTML reads as them. */
    private static String planted() {
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= 5; c++) {
            sb.append((char) c).append("0\u0002 ");
            sb.append("&#").append(c).append(";0&#2; &#x").append(c).append(";0&#x2; &#X0").append(c).append(";0&#x02; ");
            sb.append("&#000").append(c).append(";0&#0002; &#").append(c).append(" 0&#2 ");
        }
        return sb.toString().strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sanitize", "trusted"})
    void plantedMarkersNeverBecomeLinks(String policy) {
        String p = planted();
        String attribute = p.replace("\"", "");
        TestSite site = TestSite.of("""
                -- handbook.yml --
                raw_html: %s
                -- content/a.md --
                # A
                -- content/chart.png --
                PNG
                -- content/index.md --
                # Home

                A real [link](a.md) first.

                Text: %s

                Raw text: <span class="raw">%s</span>

                Raw attributes: <span class="attr" title="%s" data-x="%s">hover</span>

                Markdown: [titled](a.md "%s") and ![alt %s](chart.png "%s") and [ext](https://example.com/%s "%s")

                Code: `%s`

                ```
                %s
                ```

                <div class="block" title="%s">
                %s
                </div>
                """.formatted(policy, p, p, attribute, attribute, attribute, p, attribute, "x", attribute, p, p,
                attribute, p));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String html = site.output("index.html");
        Document doc = Jsoup.parse(html);
        Element main = doc.selectFirst("main .prose");
        String prose = main.html();
        List<String> hrefs = new ArrayList<>();
        for (Element a : main.select("a[href]")) hrefs.add(a.attr("href"));
        assertEquals(2, hrefs.stream().filter(h -> h.equals("a/index.html")).count(), hrefs + "\n" + prose);
        assertEquals(2, count(prose, "a/index.html"), "a link's URL appears only in its own href:\n" + prose);
        for (Element e : main.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertTrue(!a.getValue().contains("<") && !a.getValue().contains("a/index.html") || a.getKey().equals("href"),
                        "markup inside an attribute: " + e.tagName() + " " + a);
            }
        }
        // Raw markers would be holes left unfilled; an author's references pass as written under trusted.
        int raw = html.chars().filter(c -> c >= 1 && c <= 5).findFirst().orElse(-1);
        assertEquals(-1, raw, "a raw marker in the page: " + html.substring(Math.max(0, html.indexOf((char) raw) - 80),
                Math.min(html.length(), html.indexOf((char) raw) + 80)));
        if (policy.equals("sanitize")) assertTrue(main.text().chars().noneMatch(c -> c >= 1 && c <= 5), main.text());
        assertEquals("hover", main.selectFirst("span.attr").text());
        assertEquals(1, main.select("img[src=chart.png]").size());
        assertEquals(1, main.select("pre code").size());
    }

    /** HTML that leaves a quote open carries the holes of the links after it into an attribute: they stay text. */
    @org.junit.jupiter.api.Test
    void aHoleThatAuthorHtmlPutsInAnAttributeIsNoLink() {
        TestSite site = TestSite.of("""
                -- content/a.md --
                # A
                -- content/index.md --
                # Home

                A real [link](a.md) first.

                <div class="open" title="

                [inside](a.md)

                ">x</div>
                """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        Element prose = Jsoup.parse(site.output("index.html")).selectFirst("main .prose");
        assertEquals(1, prose.select("a[href=a/index.html]").size(), prose.html());
        for (Element e : prose.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertTrue(a.getKey().equals("href") || !a.getValue().contains("a/index.html"), "markup inside " + a);
            }
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
