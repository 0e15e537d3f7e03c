package dev.handbook;

import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, done when: the page of golden/markdown-as-written (brackets, one-dash tables, trusted raw
 * HTML, {#id}, attribute lists and each foreign syntax) builds as its golden files show, with each
 * warning at its path:line:col.
 */
class AsWrittenPageTest {
    private static final Path CASE = Path.of("src/test/resources/golden/markdown-as-written/site");

    @Test
    void thePageBuildsWithAWarningAtEachPlaceItCannotShowAsWritten() throws IOException {
        TestSite site = TestSite.of("")
                .file("handbook.yml", Files.readString(CASE.resolve("handbook.yml")))
                .file("content/index.md", Files.readString(CASE.resolve("content/index.md")));
        BuildResult r = site.build();
        assertTrue(r.written(), r.diagnostics().toString());
        assertEquals(List.of(
                "content/index.md:33:53: warning: attribute 'target' is not supported in an attribute list and is left "
                        + "out (supported: id, class, aria-hidden, aria-label, dir, lang, role, title) [attribute-list]",
                "content/index.md:35:9: warning: '{% include note.html %}' is a Liquid tag (Jekyll), which a handbook "
                        + "does not run: it is shown as text [foreign-syntax]",
                "content/index.md:35:37: warning: '{{ site.title }}' is Liquid output (Jekyll), which a handbook does "
                        + "not run: it is shown as text [foreign-syntax]",
                "content/index.md:35:61: warning: '{{< youtube abc >}}' is a Hugo shortcode, which a handbook does not "
                        + "run: it is shown as text [foreign-syntax]",
                "content/index.md:35:85: warning: '{{% notice %}}' is a Hugo shortcode, which a handbook does not run: "
                        + "it is shown as text [foreign-syntax]",
                "content/index.md:36:6: warning: '<%= link_to \"home\" %>' is ERB (Ruby templates, as in Middleman), "
                        + "which a handbook does not run: it is shown as text [foreign-syntax]",
                "content/index.md:36:32: warning: '<% if admin %>' is ERB (Ruby templates, as in Middleman), which a "
                        + "handbook does not run: it is shown as text [foreign-syntax]"),
                r.diagnostics().stream().map(d -> d.headline() + " [" + d.rule() + "]").toList());
        String html = site.output("index.html");
        assertTrue(html.contains("<pre>\n  indented    as written\n\tand a tab\n</pre>"), "trusted HTML as written");
        assertTrue(html.contains("<div class=\"note\">\n  <![CDATA[ x < y ]]>\n</div>"), "trusted HTML as written");
    }
}
