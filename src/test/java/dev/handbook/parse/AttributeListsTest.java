package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.Body;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19.3: heading attributes and attribute lists, as kramdown, Python-Markdown and Pandoc write them. */
class AttributeListsTest {
    private static Staged<ParsedPage> parse(String text) {
        return new DocumentParser(new ParseSettings(List.of("everyone"), "everyone", RawHtmlPolicy.SANITIZE))
                .parsePage("ways/page.md", "content/ways/page.md", "---\ntitle: T\n---\n" + text);
    }

    private static List<String> warnings(Staged<ParsedPage> p) {
        return p.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aHeadingTakesItsIdAndClassesFromTheBraces() {
        Staged<ParsedPage> p = parse("## Kings Cross {#kx .station}\n\n## Euston {: #euston}\n\n### Bank {.busy}\n");
        Body b = p.value().body();
        assertEquals(List.of("kx", "euston", "bank"), b.headings().stream().map(h -> h.id()).toList());
        assertEquals(List.of("Kings Cross", "Euston", "Bank"), b.headings().stream().map(h -> h.text()).toList());
        assertTrue(b.html().startsWith("<h2 id=\"kx\" class=\"station\">Kings Cross<a class=\"heading-anchor\" href=\"#kx\""),
                b.html());
        assertTrue(b.html().contains("<h3 id=\"bank\" class=\"busy\">Bank<a"), b.html());
        assertEquals(List.of(), warnings(p));
    }

    @Test
    void aChosenIdIsNeverHandedOutAgain() {
        Body b = parse("## Notes\n\n## Other {#notes-1}\n\n## Notes\n").value().body();
        assertEquals(List.of("notes", "notes-1", "notes-2"), b.headings().stream().map(h -> h.id()).toList());
    }

    @Test
    void blocksTakeTheListOnTheirLastLineOrTheLineBelow() {
        String html = parse("A note.\n{: .note #first}\n\n| a |\n|-|\n| 1 |\n{: .wide}\n\n```\ncode\n```\n{: .shell}\n\n"
                + "- one\n- two\n{: .steps}\n\n* three {: .last}\n").value().body().html();
        assertTrue(html.contains("<p id=\"first\" class=\"note\">A note.</p>"), html);
        assertTrue(html.contains("<table class=\"table wide\">"), html);
        assertTrue(html.contains("<pre class=\"shell\"><code>code"), html);
        assertTrue(html.contains("<ul class=\"steps\">\n<li>one</li>\n<li>two</li>"), html);
        assertTrue(html.contains("<li class=\"last\">three</li>"), html);
        assertTrue(!html.contains("{:"), html);
    }

    @Test
    void inlineElementsTakeTheListRightAfterThem() {
        Body b = parse("[site](https://example.com){: .ext title=\"Example\"} and *a*{: .em} and "
                + "[page](other.md){:.internal}\n").value().body();
        assertTrue(b.html().contains("<a href=\"https://example.com\" class=\"ext\" title=\"Example\">site</a>"), b.html());
        assertTrue(b.html().contains("<em class=\"em\">a</em>"), b.html());
        assertEquals(Map.of("class", "internal"), b.links().get(0).attributes());
    }

    @Test
    void unsafeOrUnknownAttributesAreLeftOutWithAWarningAtTheirPosition() {
        Staged<ParsedPage> p = parse("[x](https://example.com){:target=\"_blank\" onclick=\"alert(1)\" .ok}\n\n"
                + "## Title {#t style=\"color:red\" href=\"javascript:alert(1)\"}\n");
        String html = p.value().body().html();
        assertTrue(html.contains("<a href=\"https://example.com\" class=\"ok\">x</a>"), html);
        assertTrue(html.contains("<h2 id=\"t\">Title<a"), html);
        assertTrue(!html.contains("onclick") && !html.contains("javascript") && !html.contains("style") && !html.contains("_blank"),
                html);
        assertEquals(List.of(
                "content/ways/page.md:4:27: warning: attribute 'target' is not supported in an attribute list and is left "
                        + "out (supported: id, class, aria-hidden, aria-label, dir, lang, role, title)",
                "content/ways/page.md:4:43: warning: attribute 'onclick' is not supported in an attribute list and is left "
                        + "out (supported: id, class, aria-hidden, aria-label, dir, lang, role, title)",
                "content/ways/page.md:6:14: warning: attribute 'style' is not supported in an attribute list and is left "
                        + "out (supported: id, class, aria-hidden, aria-label, dir, lang, role, title)",
                "content/ways/page.md:6:32: warning: attribute 'href' is not supported in an attribute list and is left "
                        + "out (supported: id, class, aria-hidden, aria-label, dir, lang, role, title)"), warnings(p));
    }

    @Test
    void valuesAreEscaped() {
        String html = parse("Text.\n{: title=\"a > b & c < d\" lang='x\"y'}\n").value().body().html();
        assertEquals("<p title=\"a &gt; b &amp; c &lt; d\" lang=\"x&quot;y\">Text.</p>\n", html);
    }

    @Test
    void bracesThatAreNoAttributeListStayText() {
        assertEquals("<p>Set {x} and {#} and a {: } here.</p>\n", parse("Set {x} and {#} and a {: } here.\n").value().body().html());
        assertEquals("<p>The range {.5, 1}</p>\n", parse("The range {.5, 1}\n").value().body().html());
        assertEquals("<p>Jinja's comment {# note #}</p>\n", parse("Jinja's comment {# note #}\n").value().body().html());
    }

    @Test
    void aListThatFollowsNothingStaysTextWithAWarning() {
        Staged<ParsedPage> p = parse("Para.\n\n{: .lonely}\n");
        assertTrue(p.value().body().html().contains("<p>{: .lonely}</p>"), p.value().body().html());
        assertEquals(List.of("content/ways/page.md:6:1: warning: this attribute list follows no element it could apply to "
                + "(a heading, paragraph, table, list, quote or code block on the line above); it is shown as text"), warnings(p));
    }
}
