package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.model.Body;
import dev.handbook.postprocess.HtmlSanitizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 7: for handbook check, elements made from Markdown say where they were written. */
class SourceMarksTest {
    private static final String PAGE = """
            ---
            title: Marks
            ---
            ## Rituals

            See [the retro](retro.md), [Acme](https://acme.test/) and ![chart](chart.png).

            <div class="note"><a href="../x/">old</a>
            <img src="y.png"></div>

            Inline <a href="#z" title="a>b">here</a>.
            """;

    private static Body body(RawHtmlPolicy policy, boolean marks) {
        ParseSettings settings = new ParseSettings(List.of("everyone"), "everyone", policy).withSourceMarks(marks);
        Body body = new DocumentParser(settings).parsePage("ways/marks.md", "content/ways/marks.md", PAGE).value().body();
        return HtmlSanitizer.clean(body, marks);
    }

    private static String readable(String html) {
        return html.replace(Body.OPEN, '{').replace(Body.CLOSE, '}').replace(Body.END, '|');
    }

    @Test
    void everyElementFromMarkdownCarriesItsLineAndColumn() {
        assertEquals("""
                <hb-src data-hb-src="0:0"><h2 data-hb-src="4:1" id="rituals">Rituals<a class="heading-anchor" \
                href="#rituals" aria-label="Link to this section"></a></h2>
                <p>See <hb-src data-hb-src="6:17">{0|the retro}0|</hb-src>, <a data-hb-src="6:35" \
                href="https://acme.test/">Acme</a> and <hb-src data-hb-src="6:68">{1|</hb-src>.</p>
                <div data-hb-src="8:1" class="note"><a data-hb-src="8:19" href="../x/">old</a>
                <img data-hb-src="9:1" src="y.png"></div>
                <p>Inline <a data-hb-src="11:8" href="#z" title="a>b">here</a>.</p>
                </hb-src>""", readable(body(RawHtmlPolicy.TRUSTED, true).html()));
    }

    @Test
    void sanitizingKeepsTheMarks() {
        String html = readable(body(RawHtmlPolicy.SANITIZE, true).html());
        assertEquals(true, html.contains("<a data-hb-src=\"8:19\" href=\"../x/\">old</a>"), html);
        assertEquals(true, html.contains("<hb-src data-hb-src=\"6:17\">{0|the retro}0|</hb-src>"), html);
    }

    @Test
    void marksAreTheOnlyDifferenceAndABuildHasNone() {
        for (RawHtmlPolicy policy : RawHtmlPolicy.values()) {
            String plain = body(policy, false).html();
            String marked = body(policy, true).html();
            assertFalse(plain.contains("hb-src"), plain);
            assertEquals(plain, marked.replaceAll("<hb-src data-hb-src=\"[0-9:]+\">|</hb-src>| data-hb-src=\"[0-9:]+\"", ""));
        }
    }
}
