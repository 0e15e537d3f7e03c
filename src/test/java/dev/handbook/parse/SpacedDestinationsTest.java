package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 19: CommonMark's {@code [x](<my page.md>)} makes no link in Flexmark; the author hears of it. */
class SpacedDestinationsTest {
    private static List<Diagnostic> diagnostics(RawHtmlPolicy policy, String text) {
        return new DocumentParser(new ParseSettings(List.of("everyone"), "everyone", policy))
                .parsePage("ways/page.md", "content/ways/page.md", text).diagnostics().stream()
                .filter(d -> "link-syntax".equals(d.rule())).toList();
    }

    @Test
    void aSpaceInsideAngleBracketsIsAWarningWithTheEncodedForm() {
        for (RawHtmlPolicy policy : RawHtmlPolicy.values()) {
            List<Diagnostic> d = diagnostics(policy, "Read [the guide](<other page.md>) first.\n");
            assertEquals(List.of("content/ways/page.md:1:18: warning: the link destination <other page.md> holds a "
                    + "space, which Handbook's Markdown parser does not read inside <...>: no link is made, and "
                    + "<other page.md> is taken for raw HTML"), d.stream().map(Diagnostic::headline).toList(), policy.name());
            assertEquals("write each space as %20: (other%20page.md)", d.get(0).hint().orElseThrow());
        }
    }

    @Test
    void linksFlexmarkReadsAndRealHtmlSayNothing() {
        assertEquals(List.of(), diagnostics(RawHtmlPolicy.TRUSTED,
                "[a](<b.md>) and [c](other%20page.md) and <span class=\"x\">y</span> and `[d](<e f>)`\n"));
    }
}
