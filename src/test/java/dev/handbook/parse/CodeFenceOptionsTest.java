package dev.handbook.parse;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.1: options after a fenced code block's language, as MkDocs Material writes them
 * ({@code ```sh hl_lines="2 3" linenums="1"}), reach the page as data- attributes of the block;
 * what cannot be used is a warning at its position, never dropped in silence.
 */
class CodeFenceOptionsTest {
    @Test
    void highlightedLinesAndNumbersBecomeAttributesOfTheBlock() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                ```sh hl_lines="2 4-5 3" linenums="10"
                one
                two
                three
                four
                five
                ```

                ```yaml
                plain: true
                ```
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.headlines(r));
        String html = site.output("index.html");
        assertTrue(html.contains("<pre data-hl-lines=\"2-5\" data-linenums=\"10\"><code class=\"language-sh\">one\n"), html);
        assertTrue(html.contains("<pre><code class=\"language-yaml\">plain: true"), html);
    }

    @Test
    void whatCannotBeUsedIsAWarningAtItsPosition() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                ```js {2-3}
                a
                ```

                ```python title="bubble.py" hl_lines="1 9"
                b
                ```

                ```sh linenums="first"
                c
                ```
                """);
        assertEquals(List.of(
                "content/index.md:3:7: warning: '{2-3}' after the code block's language is not an option a handbook "
                        + "knows; it is not shown",
                "content/index.md:7:11: warning: code block option 'title' is not supported and is left out "
                        + "(supported: hl_lines, linenums)",
                "content/index.md:7:29: warning: hl_lines names line 9, but the code block has 1 line",
                "content/index.md:11:7: warning: linenums takes the number of the first line, such as \"1\", "
                        + "found 'first'"),
                TestSite.headlines(site.build()));
        assertTrue(site.output("index.html").contains("<pre data-hl-lines=\"1\"><code class=\"language-python\">b"),
                "what can be used still is");
    }

    @Test
    void rangesAreWrittenShort() {
        assertEquals("2-4 7 9-10", CodeFenceOptions.ranges(List.of(2, 3, 4, 7, 9, 10)));
        List<CodeFenceOptions.Problem> problems = new ArrayList<>();
        assertEquals(new CodeFenceOptions.Options(List.of(1, 2, 3), Optional.of(5)),
                CodeFenceOptions.parse("py hl_lines='1-3' linenums=5", 3, problems));
        assertEquals(List.of(), problems);
        assertEquals(CodeFenceOptions.Options.NONE, CodeFenceOptions.parse("py", 3, problems));
        CodeFenceOptions.parse("py hl_lines=\"0 3-1 x\"", 3, problems);
        assertEquals(3, problems.size(), problems.toString());
    }
}
