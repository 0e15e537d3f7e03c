package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 19.3: template syntax of other generators is reported where it is written, outside code. */
class ForeignSyntaxTest {
    private static List<Diagnostic> diagnostics(String text) {
        return new DocumentParser(new ParseSettings(List.of("everyone"), "everyone", RawHtmlPolicy.SANITIZE))
                .parsePage("ways/page.md", "content/ways/page.md", text).diagnostics();
    }

    @Test
    void eachForeignTagIsAWarningAtItsPositionNamingItsGenerator() {
        List<Diagnostic> d = diagnostics("""
                ---
                title: Imported
                ---
                Intro {% include note.html %} and {{ site.title }}.

                {{< youtube id="x" >}} then {{% notice %}}
                  A <%= link_to "home" %> and <% if x %>.
                """);
        assertEquals(List.of(
                "content/ways/page.md:4:7: warning: '{% include note.html %}' is a Liquid tag (Jekyll), which a handbook "
                        + "does not run: it is shown as text",
                "content/ways/page.md:4:35: warning: '{{ site.title }}' is Liquid output (Jekyll), which a handbook does "
                        + "not run: it is shown as text",
                "content/ways/page.md:6:1: warning: '{{< youtube id=\"x\" >}}' is a Hugo shortcode, which a handbook does "
                        + "not run: it is shown as text",
                "content/ways/page.md:6:29: warning: '{{% notice %}}' is a Hugo shortcode, which a handbook does not run: "
                        + "it is shown as text",
                "content/ways/page.md:7:5: warning: '<%= link_to \"home\" %>' is ERB (Ruby templates, as in Middleman), "
                        + "which a handbook does not run: it is shown as text",
                "content/ways/page.md:7:31: warning: '<% if x %>' is ERB (Ruby templates, as in Middleman), which a "
                        + "handbook does not run: it is shown as text"),
                d.stream().map(Diagnostic::headline).toList());
        assertEquals("foreign-syntax", d.get(0).rule());
    }

    @Test
    void codeShowsItAsWrittenWithoutAWord() {
        assertEquals(List.of(), diagnostics("Write `{% include x %}` or\n\n```liquid\n{{ site.title }}\n```\n\n"
                + "    <%= indented %>\n\nand {% not closed, or {{ across\n\nparagraphs }}.\n"));
    }

    @Test
    void theFrontMatterIsNoPartOfTheBody() {
        assertEquals(List.of(), diagnostics("---\ntitle: \"{{ not here }}\"\n---\nBody.\n"));
    }
}
