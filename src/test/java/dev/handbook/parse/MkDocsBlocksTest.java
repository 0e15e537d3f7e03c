package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.6: collapsibles, content tabs, abbreviations and highlights as MkDocs Material writes
 * them. The whole output of a page full of them is pinned by {@code markdown-golden/mkdocs-blocks};
 * these are the promises that matter most, one each.
 */
class MkDocsBlocksTest {
    private static Staged<ParsedPage> parse(String text, String edition) {
        return new DocumentParser(new ParseSettings(List.of("everyone", "managers"), edition, RawHtmlPolicy.SANITIZE))
                .parsePage("ways/page.md", "content/ways/page.md", text);
    }

    private static String html(String text) {
        return parse(text, "everyone").value().body().html();
    }

    private static List<String> warnings(String text) {
        return parse(text, "everyone").diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aTabRightAfterACollapsiblesTitleKeepsItsBody() {
        // issue 21.6: lines right after the marker lost all their indentation, so a tab there came out empty.
        String html = html("??? note \"Steps\"\n    === \"Linux\"\n        Use apt.\n");
        assertTrue(html.contains("<h2 class=\"tabbed-label\">Linux</h2>\n<p>Use apt.</p>\n</div>"), html);
        assertEquals("<aside class=\"admonition admonition-note\" role=\"note\">\n<p class=\"admonition-title\">Code</p>\n"
                + "<pre><code>indented\n  more\n</code></pre>\n</aside>\n", html("!!! note \"Code\"\n        indented\n          more\n"));
    }

    @Test
    void aLineThatLooksLikeATabButIsNoneStaysTextWithAWarningAtItsPosition() {
        String text = "Intro.\n\n=== Linux\n    Use apt.\n";
        assertEquals("<p>Intro.</p>\n<p>=== Linux\nUse apt.</p>\n", html(text));
        assertEquals(List.of("content/ways/page.md:3:1: warning: '=== Linux' is no content tab: it is shown as text"),
                warnings(text));
        assertEquals(List.of(), warnings("=== Results ===\n\nNot meant as a tab.\n"), "no quote and no indented body");
        assertEquals(List.of(), warnings("Title\n===\n"), "a setext heading is no tab");
    }

    @Test
    void anEmptyTabOrCollapsibleIsAWarningAndItsUnindentedTextStillShows() {
        String text = "=== \"Linux\"\nUse apt.\n";
        String html = html(text);
        assertTrue(html.contains("<p>Use apt.</p>"), html);
        assertEquals(List.of("content/ways/page.md:1:1: warning: content tab 'Linux' has nothing in it"), warnings(text));
        assertEquals(List.of("content/ways/page.md:3:1: warning: collapsible 'Why' has nothing to show when opened"),
                warnings("Intro.\n\n??? note \"Why\"\n\nBecause.\n"));
    }

    @Test
    void anAbbreviationMarksWholeWordsOutsideCodeAndAnUnusedOneIsAWarning() {
        String html = html("The SLA, the SLAs and `SLA`.\n\n*[SLA]: Service level agreement\n");
        assertEquals("<p>The <abbr title=\"Service level agreement\">SLA</abbr>, the SLAs and <code>SLA</code>.</p>\n", html);
        assertEquals(List.of("content/ways/page.md:4:1: warning: abbreviation 'RTO' is defined but the page's text never "
                + "uses it, so its definition shows nowhere"), warnings("No use here.\n\n\n*[RTO]: Recovery time objective\n"));
        assertEquals("<p>*[RTO]:</p>\n", html("*[RTO]:\n"), "no expansion: no definition, shown as written");
    }

    @Test
    void anAbbreviationDefinedInAnotherEditionsBlockLendsNothingToThisOne() {
        String text = "The PIP process.\n\n::: audience managers\n*[PIP]: Performance improvement plan\n:::\n";
        Staged<ParsedPage> everyone = parse(text, "everyone");
        assertFalse(everyone.value().body().html().contains("Performance"), everyone.value().body().html());
        assertFalse(everyone.value().body().text().toString().contains("Performance"));
        assertTrue(parse(text, "managers").value().body().html().contains("<abbr title=\"Performance improvement plan\">PIP</abbr>"));
    }

    @Test
    void aHighlightFollowsTheRulesOfStrongUnderscores() {
        assertEquals("<p><mark>If in doubt, roll back.</mark></p>\n", html("==If in doubt, roll back.==\n"));
        assertEquals("<p>a == b, x==y==z, ===, ==open</p>\n", html("a == b, x==y==z, ===, ==open\n"));
    }
}
