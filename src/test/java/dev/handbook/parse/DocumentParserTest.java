package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Staged;
import dev.handbook.model.Body;
import dev.handbook.model.Link;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentParserTest {
    private static final ParseSettings EVERYONE = new ParseSettings(List.of("everyone", "managers"), "everyone",
            RawHtmlPolicy.SANITIZE);
    private static final ParseSettings MANAGERS = new ParseSettings(List.of("everyone", "managers"), "managers",
            RawHtmlPolicy.SANITIZE);

    private static Staged<ParsedPage> parse(String text) {
        return new DocumentParser(EVERYONE).parsePage("ways/page.md", "content/ways/page.md", text);
    }

    @Test
    void leadingHeadingBecomesTheTitleAndLeavesTheBody() {
        ParsedPage p = parse("# Stand-ups\n\nDaily.\n").value();
        assertEquals(Optional.of("Stand-ups"), p.leadingTitle());
        assertEquals("<p>Daily.</p>\n", p.body().html());
    }

    @Test
    void leadingHeadingStaysWhenFrontMatterGivesAnotherTitle() {
        ParsedPage p = parse("---\ntitle: Rituals\n---\n# Stand-ups\n").value();
        assertTrue(p.body().html().contains("<h1 id=\"stand-ups\">"), p.body().html());
    }

    @Test
    void headingsGetStableUniqueIds() {
        // Issue 19: GitHub's ids, so links written for a repository keep working.
        Body b = parse("## Roles & Responsibilities\n\n## Notes\n\n## Notes\n\n### Café au lait\n").value().body();
        assertEquals(List.of("roles--responsibilities", "notes", "notes-1", "café-au-lait"),
                b.headings().stream().map(h -> h.id()).toList());
        assertTrue(b.html().contains("<h2 id=\"notes-1\">Notes<a class=\"heading-anchor\" href=\"#notes-1\""));
    }

    @Test
    void internalLinksBecomeHolesRecordedWithTheirPosition() {
        ParsedPage p = parse("---\ntitle: T\n---\nSee [the EM](../roles/em.md#rituals) and [[role:em]].\n").value();
        Body b = p.body();
        assertEquals("<p>See \u00010\u0002the EM\u00030\u0002 and \u00011\u0002\u00041\u0002\u00031\u0002.</p>\n", b.html());
        Link first = b.links().get(0);
        assertEquals(Link.Kind.PATH, first.kind());
        assertEquals("roles/em.md", first.target());
        assertEquals("rituals", first.anchor());
        assertEquals("content/ways/page.md:4:14", first.pos().toString());
        Link ref = b.links().get(1);
        assertEquals(Link.Kind.REF, ref.kind());
        assertEquals("role:em", ref.target());
        assertTrue(ref.needsTitle());
    }

    @Test
    void externalLinksStayAndDangerousOnesBecomeTextWithAnError() {
        Staged<ParsedPage> r = parse("[ok](https://example.com) [bad](JAVASCRIPT:alert(1)) <javascript:alert(2)>\n");
        String html = r.value().body().html();
        assertTrue(html.contains("<a href=\"https://example.com\">ok</a>"), html);
        assertFalse(html.toLowerCase().contains("href=\"javascript"), html);
        assertEquals(List.of(
                        "content/ways/page.md:1:33: error: link scheme 'javascript:' is not allowed (allowed: http, https, mailto, tel)",
                        "content/ways/page.md:1:55: error: link scheme 'javascript:' is not allowed (allowed: http, https, mailto, tel)"),
                r.diagnostics().stream().map(d -> d.headline()).toList());
    }

    @Test
    void handbookExtensionsRender() {
        String html = parse("""
                | a | b |
                |---|---|
                | 1 | 2 |

                - [x] done
                - [ ] todo

                ~~old~~ www.example.com

                Term
                : Definition

                Text[^1].

                [^1]: A footnote.

                !!! warning "Careful"
                    Mind the gap.
                """).value().body().html();
        assertTrue(html.contains("<table class=\"table\">"), html);
        assertTrue(html.contains("class=\"task-list-item-checkbox\" checked"), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"), html);
        assertTrue(html.contains("<dl>") && html.contains("<dd>Definition</dd>"), html);
        assertTrue(html.contains("id=\"fn-1\""), html);
        assertTrue(html.contains("<aside class=\"admonition admonition-warning\" role=\"note\">"), html); // issue 22: axe aria-allowed-role
        assertTrue(html.contains("<p class=\"admonition-title\">Careful</p>"), html);
        assertFalse(html.contains("<svg"), html);
    }

    @Test
    void entitiesForControlCharactersCannotForgeLinkHoles() {
        // Issue 8: the hole filler finds holes by their control characters, so none may come from content.
        Body b = parse("A &#1; B &#2; C &#x3; D &#4; [x](../a.md) &#0;\n").value().body();
        assertEquals("<p>A \uFFFD B \uFFFD C \uFFFD D \uFFFD \u00010\u0002x\u00030\u0002 \uFFFD</p>\n", b.html());
    }

    @Test
    void entitiesInAnImagesAltTextCannotForgeLinkHoles() {
        // Issue 8: alt text is the image's plain text, where entities are decoded too; a forged hole
        // there was filled with a link's markup inside the alt attribute.
        Body b = parse("[x](../a.md) ![&#1;0&#2;](https://example.com/i.png)\n").value().body();
        assertEquals("<p>\u00010\u0002x\u00030\u0002 <img src=\"https://example.com/i.png\" alt=\"\uFFFD0\uFFFD\" "
                + "loading=\"lazy\"></p>\n", b.html());
    }

    @Test
    void entitiesInALinksUrlCannotForgeLinkHoles() {
        // Issue 8: a link's destination has its entities decoded, and ends up in an href attribute,
        // percent-encoded as CommonMark writes URLs (issue 19).
        Body b = parse("[x](../a.md) [y](https://example.com/&#1;0&#2;) ![z](https://example.com/&#3;0&#2;.png)\n")
                .value().body();
        assertEquals("<p>\u00010\u0002x\u00030\u0002 <a href=\"https://example.com/%010%02\">y</a> "
                + "<img src=\"https://example.com/%030%02.png\" alt=\"z\" loading=\"lazy\"></p>\n", b.html());
    }

    @Test
    void htmlCommentsNeverReachTheOutput() {
        String html = parse("Visible\n\n<!-- secret plan -->\n\nText <!-- inline secret --> more\n").value().body().html();
        assertFalse(html.contains("secret"), html);
    }

    @Test
    void frontMatterErrorsAreReportedAtTheirLineInTheFile() {
        Staged<ParsedPage> r = parse("---\ntitle: A\ntags: [a, b\n---\nBody\n");
        assertTrue(r.diagnostics().get(0).headline().startsWith("content/ways/page.md:4:1: error: invalid YAML"),
                r.diagnostics().get(0).headline());
    }

    @Test
    void frontMatterMustBeAMapping() {
        Staged<ParsedPage> r = parse("---\n- a\n- b\n---\nBody\n");
        assertEquals("content/ways/page.md:2:1: error: front matter must be a mapping of fields (key: value), found a list",
                r.diagnostics().get(0).headline());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertEquals("content/ways/page.md:1:1: error: front matter is never closed: add a line '---' after its last field",
                parse("---\ntitle: A\nBody\n").diagnostics().get(0).headline());
    }

    @Test
    void audienceBlocksAreDroppedFromWiderEditionsAndMarkedInNarrowerOnes() {
        String text = "Public.\n\n::: audience managers\n## Pay bands\n\nSecret [x](pay.md).\n:::\n\nAfter.\n";
        Body everyone = new DocumentParser(EVERYONE).parsePage("a.md", "content/a.md", text).value().body();
        assertFalse(everyone.html().contains("Secret"), everyone.html());
        assertTrue(everyone.headings().isEmpty());
        assertTrue(everyone.links().isEmpty());
        assertTrue(everyone.html().contains("After."));
        Body managers = new DocumentParser(MANAGERS).parsePage("a.md", "content/a.md", text).value().body();
        assertTrue(managers.html().contains("<section class=\"audience-block\" data-audience=\"managers\""), managers.html());
        assertTrue(managers.html().contains("Secret"));
        assertEquals("pay-bands", managers.headings().get(0).id());
    }

    @Test
    void unknownAudienceInABlockIsAnErrorAndTheBlockIsDropped() {
        Staged<ParsedPage> r = new DocumentParser(MANAGERS).parsePage("a.md", "content/a.md",
                "::: audience manager\nSecret\n:::\n");
        assertEquals("content/a.md:1:1: error: unknown audience 'manager' (did you mean 'managers'?)",
                r.diagnostics().get(0).headline());
        assertFalse(r.value().body().html().contains("Secret"));
    }

    @Test
    void rawHtmlIsFlaggedForTheSanitiser() {
        assertTrue(parse("<div onclick=\"x()\">Hi</div>\n").value().body().rawHtml());
        assertFalse(parse("Just *text*.\n").value().body().rawHtml());
    }

    @Test
    void escapePolicyShowsHtmlAsText() {
        Body b = new DocumentParser(new ParseSettings(List.of("everyone"), "everyone", RawHtmlPolicy.ESCAPE))
                .parsePage("a.md", "content/a.md", "Hi <b>there</b>\n").value().body();
        assertEquals("<p>Hi &lt;b&gt;there&lt;/b&gt;</p>\n", b.html());
    }

    @Test
    void markerCharactersInContentCannotForgeHoles() {
        Body b = parse("Evil \u00010\u0002 text\n").value().body();
        assertFalse(b.html().contains("\u0001"));
    }

    @Test
    void textBlocksFollowHeadingsForSearch() {
        Body b = parse("Intro words.\n\n## Rituals\n\nStand-up daily.\n").value().body();
        assertEquals("", b.text().get(0).headingId());
        assertEquals("Intro words.", b.text().get(0).text());
        assertEquals("rituals", b.text().get(1).headingId());
        assertEquals("Stand-up daily.", b.text().get(1).text());
    }

    /** Issue 5 (search): words on separate lines or in separate cells must not run together. */
    @Test
    void searchTextSeparatesLinesCellsAndCodeOnce() {
        Body b = parse("On\ncall `run-me` here.\n\n| Tier | Owner |\n|---|---|\n| one | two |\n").value().body();
        assertEquals("On call run-me here. Tier Owner one two", b.text().get(0).text().replaceAll("\\s+", " "));
    }

    /** Issue 5 (search): inline code in a heading counted twice, giving {@code #use-foofoo-now}. */
    @Test
    void codeInAHeadingIsWrittenOnceInItsText() {
        Body b = parse("## Use `foo` now\n").value().body();
        assertEquals("use-foo-now", b.headings().get(0).id());
        assertEquals("Use foo now", b.headings().get(0).text());
    }
}
