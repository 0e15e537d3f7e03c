package dev.handbook.check;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.CheckResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.handbook.TestSite.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19.5: the rules the build reports about content can be silenced like the check's own. */
class SilenceEveryRuleTest {
    private static final String PAGES = """
            -- content/index.md --
            ---
            title: Home
            colour: blue
            ---
            Imported from Jekyll: {% include note.html %}.

            [Old site](ftp://files.example.com/a) and ftp://files.example.com/b.
            {: target="_blank"}
            """;

    @Test
    void withoutSilencingEachIsReported() {
        CheckResult r = TestSite.of(PAGES).checkSite();
        assertEquals(List.of(
                "content/index.md:3:1: warning: unknown field 'colour' for a start page [unknown-field]",
                "content/index.md:5:23: warning: '{% include note.html %}' is a Liquid tag (Jekyll), which a handbook "
                        + "does not run: it is shown as text [foreign-syntax]",
                "content/index.md:7:12: error: link scheme 'ftp:' is not allowed (allowed: http, https, mailto, tel) "
                        + "[link-scheme]",
                "content/index.md:7:43: warning: link scheme 'ftp:' is not allowed (allowed: http, https, mailto, tel); "
                        + "'ftp://files.example.com/b' is shown as text, not as a link [link-scheme]",
                "content/index.md:8:4: warning: attribute 'target' is not supported in an attribute list and is left out "
                        + "(supported: id, class, aria-hidden, aria-label, dir, lang, role, title) [attribute-list]"),
                findings(r));
    }

    @Test
    void handbookYmlSilencesThemEverywhere() {
        TestSite site = TestSite.of(PAGES + """
                -- handbook.yml --
                check:
                  ignore: [unknown-field, foreign-syntax, link-scheme, attribute-list]
                """);
        CheckResult r = site.checkSite();
        assertEquals(List.of(), findings(r));
        assertEquals(5, r.silenced());
        BuildResult b = site.build();
        assertTrue(b.ok(), b.diagnostics().toString());
        assertTrue(site.output("index.html").contains("<p>Old site and ftp://files.example.com/b.</p>"),
                site.output("index.html"));
    }

    @Test
    void aPageSilencesThemForItself() {
        TestSite site = TestSite.of(PAGES.replace("colour: blue\n",
                "colour: blue\ncheck_ignore: [unknown-field, foreign-syntax, link-scheme, attribute-list]\n"));
        assertEquals(List.of(), findings(site.checkSite()));
    }
}
