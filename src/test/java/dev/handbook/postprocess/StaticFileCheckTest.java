package dev.handbook.postprocess;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 23.3: which static files of content/ could run script on the site's origin. */
class StaticFileCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"content/roles/evil.html", "content/a/b.HTM", "content/x.xhtml", "content/x.shtml",
            "content/x.xsl", "content/x.svgz"})
    void documentsOfEveryHtmlSpellingAreRefused(String path) {
        var d = StaticFileCheck.check(path, "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, d.size());
        assertTrue(d.get(0).headline().startsWith(path + ": error: ."), d.get(0).headline());
        assertTrue(d.get(0).headline().endsWith("files in content/ can run script on the site, so raw_html: sanitize "
                + "does not publish them"), d.get(0).headline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>|has a <script> element",
            "<svg xmlns='http://www.w3.org/2000/svg'><svg:script>alert(1)</svg:script></svg>|has a <svg:script> element",
            "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>|has an event handler (onload)",
            "<svg><rect ONCLICK='x()'/></svg>|has an event handler (ONCLICK)",
            "<svg><foreignObject><p>x</p></foreignObject></svg>|has a <foreignObject> element",
            "<svg><a href='javascript:alert(1)'><text>x</text></a></svg>|refers to something outside it (href=\"javascript:alert(1)\")",
            "<svg><image xlink:href='https://tracker.example/p.png'/></svg>|refers to something outside it (xlink:href=\"https://tracker.example/p.png\")",
            "<svg><use href='other.svg#x'/></svg>|refers to something outside it (href=\"other.svg#x\")",
            "<?xml-stylesheet href='x.xsl' type='text/xsl'?><svg/>|asks for a style sheet (<?xml-stylesheet?>)",
            "<!DOCTYPE svg [<!ENTITY x 'y'>]><svg>&x;</svg>|declares entities",
            "<svg><g xmlns='http://www.w3.org/1999/xhtml'><p/></g></svg>|embeds HTML (xmlns=\"http://www.w3.org/1999/xhtml\")",
            "<svg><style>@import url(https://x.example/a.css);</style></svg>|refers to something outside it in a <style> element",
            "<svg><rect style='fill:url(https://x.example/#a)'/></svg>|refers to something outside it in a style attribute",
            "<svg><a><set attributeName='href' to='javascript:alert(1)'/></a></svg>|animates a link (<set attributeName=\"href\">)",
    })
    void svgThatCouldRunScriptOrReachOutIsRefusedSayingWhy(String svg, String why) {
        assertEquals(Optional.of(why), StaticFileCheck.problem(svg));
        var d = StaticFileCheck.check("content/img/a.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/img/a.svg: error: this SVG file " + why + ", so raw_html: sanitize does not "
                + "publish it"), d.stream().map(x -> x.headline()).toList());
    }

    @Test
    void aDrawingAsEditorsSaveItIsKept() {
        String inkscape = """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3"
                     width="100" height="100" viewBox="0 0 100 100">
                  <style>.a { fill: #336; stroke: url(#grad); } .b { fill: url( '#grad' ) }</style>
                  <defs><linearGradient id="grad"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
                  <title>Team shape</title>
                  <rect class="a" width="10" height="10" style="fill:url(#grad)"/>
                  <use xlink:href="#grad"/>
                  <image href="data:image/png;base64,iVBORw0KGgo="/>
                  <animate attributeName="opacity" from="0" to="1" dur="1s"/>
                </svg>
                """;
        assertEquals(Optional.empty(), StaticFileCheck.problem(inkscape));
        assertEquals(List.of(), StaticFileCheck.check("content/img/team.svg", inkscape.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), StaticFileCheck.check("content/data/feed.xml",
                "<?xml version=\"1.0\"?><items><item id=\"1\">x</item></items>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void otherFilesAreNotLookedAt() {
        assertFalse(StaticFileCheck.applies("content/a.png"));
        assertFalse(StaticFileCheck.applies("content/html"));
        assertTrue(StaticFileCheck.applies("content/a.SVG"));
        assertEquals(List.of(), StaticFileCheck.check("content/a.txt", "<script>".getBytes(StandardCharsets.UTF_8)));
    }
}
