package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.Body;
import dev.handbook.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: what an author writes is what the page shows, as CommonMark and GFM read it. */
class MarkdownAsWrittenTest {
    private static Staged<ParsedPage> parse(String text, RawHtmlPolicy policy) {
        return new DocumentParser(new ParseSettings(List.of("everyone"), "everyone", policy))
                .parsePage("ways/page.md", "content/ways/page.md", text);
    }

    private static String html(String text) {
        return parse(text, RawHtmlPolicy.SANITIZE).value().body().html();
    }

    @Test
    void bracketsThatAreNoLinkStay() {
        assertEquals("<p>Welcome, [your name]! Read a[0] and [link](/my uri), [bar][nope] and ![alt].</p>\n",
                html("---\ntitle: T\n---\nWelcome, [your name]! Read a[0] and [link](/my uri), [bar][nope] and ![alt].\n"));
    }

    @Test
    void bracketsInsideEmphasisLetItCloseAnywhereInTheFile() {
        // Flexmark compared positions in the paragraph with positions in the file: right only at its top.
        assertEquals("<p><em>foo [bar</em> baz]</p>\n", html("---\ntitle: T\n---\n\n*foo [bar* baz]\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"|-|-|", "|--|--|", "| - | :-: |", "-|-"})
    void everyGfmDelimiterRowMakesATable(String delimiter) {
        String html = html("| a | b |\n" + delimiter + "\n| 1 | 2 |\n");
        assertTrue(html.startsWith("<table class=\"table\">"), html);
        assertTrue(html.contains("<td>1</td>"), html);
    }

    @Test
    void trustedRawHtmlPassesByteForByte() {
        String raw = "<pre>\n  keep    this\n\tand this\n</pre>\n\n<div>\n  <![CDATA[\n    x < y\n  ]]>\n</div>\n";
        assertEquals(raw.replace("\n\n", "\n"), parse(raw, RawHtmlPolicy.TRUSTED).value().body().html());
    }

    @Test
    void rawHtmlInAQuoteLosesOnlyTheQuoteMarkers() {
        assertEquals("<blockquote>\n<div>\n  indented\n</div>\n</blockquote>\n",
                parse("> <div>\n>   indented\n> </div>\n", RawHtmlPolicy.TRUSTED).value().body().html());
    }

    @Test
    void aCommentBlockLosesItsCommentOnly() {
        assertEquals("*bar*\n<p><em>baz</em></p>\n", parse("<!-- note -->*bar*\n*baz*\n", RawHtmlPolicy.TRUSTED)
                .value().body().html());
    }

    @Test
    void escapesInAnAutolinkFollowTheSpec() {
        // <foo\+@…> is no autolink; the autolink extension links the address in the text, without the backslash.
        String html = html("<foo\\+@bar.example.com>\n");
        assertFalse(html.contains("\\"), html);
        assertEquals("<p>&lt;<a href=\"mailto:foo+@bar.example.com\">foo+@bar.example.com</a>&gt;</p>\n", html);
        // In angle brackets a backslash is part of the URL, percent-encoded as CommonMark writes it.
        assertEquals("<p><a href=\"https://example.com/%5C%5B%5C\">https://example.com/\\[\\</a></p>\n",
                html("<https://example.com/\\[\\>\n"));
    }

    @Test
    void aDestinationWhoseColonFollowsNoSchemeIsARelativeLink() {
        Staged<ParsedPage> p = parse("[link](foo\\)\\:)\n", RawHtmlPolicy.SANITIZE);
        assertEquals(List.of(), p.diagnostics().stream().map(Diagnostic::headline).toList());
        Link link = p.value().body().links().get(0);
        assertEquals("ways/foo):", link.target());
    }

    @Test
    void titlesAreReadWithTheirEscapesAndEntities() {
        Body b = parse("[a](https://x.example \"ti\\*tle &amp; more\") ![b](img.png \"a &quot;title&quot;\")\n",
                RawHtmlPolicy.SANITIZE).value().body();
        assertTrue(b.html().contains("title=\"ti*tle &amp; more\""), b.html());
        assertEquals("a \"title\"", b.links().get(0).title());
        assertEquals("b", b.links().get(0).alt());
    }

    @Test
    void aReferenceLinkInAHeadingIsALink() {
        Body b = parse("## [Foo]\n[foo]: https://example.com\n> bar\n", RawHtmlPolicy.SANITIZE).value().body();
        assertTrue(b.html().contains("<a href=\"https://example.com\">Foo</a>"), b.html());
    }

    @Test
    void linksInsideAnImagesAltTextAreText() {
        Staged<ParsedPage> p = parse("![[[foo](uri1)](uri2)](https://example.com/a.png)\n", RawHtmlPolicy.SANITIZE);
        assertEquals(List.of(), p.value().body().links());
        assertTrue(p.value().body().html().contains("alt=\"[foo](uri2)\""), p.value().body().html());
    }

    @Test
    void codeSpansKeepTheirSpacesAsCommonMarkSays() {
        assertEquals("<p><code> a</code> and <code>b  c</code></p>\n", html("` a` and `b  c`\n"));
        assertEquals("<p><code> `` </code></p>\n", html("`  ``  `\n"));
        assertEquals("<p><code>foo </code></p>\n", html("``\nfoo \n``\n"));
    }

    @Test
    void aBareUrlWithARefusedSchemeStaysTextWithAWarning() {
        Staged<ParsedPage> p = parse("Get it from ftp://files.example.com today.\n", RawHtmlPolicy.SANITIZE);
        assertEquals("<p>Get it from ftp://files.example.com today.</p>\n", p.value().body().html());
        assertEquals(List.of("content/ways/page.md:1:13: warning: link scheme 'ftp:' is not allowed (allowed: http, "
                + "https, mailto, tel); 'ftp://files.example.com' is shown as text, not as a link"),
                p.diagnostics().stream().map(Diagnostic::headline).toList());
    }
}
