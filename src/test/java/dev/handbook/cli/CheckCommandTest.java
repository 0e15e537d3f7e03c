package dev.handbook.cli;

import dev.handbook.TestSite;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exit-code contract and the output streams of {@code handbook check} (issue 7). */
class CheckCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exitZeroWhenCleanAndWithWarningsOnly() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n[A page](a.md)\n-- content/a.md --\n# A\n");
        Run clean = run("check", site.root().toString());
        assertEquals(0, clean.code(), clean.err());
        assertEquals("", clean.out());
        assertTrue(clean.err().strip().matches("checked 6 pages \\(\\d+ files\\) in \\d+\\.\\d\\d s: 0 errors, 0 warnings"),
                clean.err());
        site.file("content/a.md", "# A\n\n[here](index.md)\n");
        Run warned = run("check", site.root().toString());
        assertEquals(0, warned.code(), warned.out());
        assertTrue(warned.out().startsWith(site.root().resolve("content/a.md") + ":3:8: warning: link text 'here'"),
                warned.out());
        assertEquals(1, run("check", site.root().toString(), "--strict").code(), "--strict makes warnings errors");
        assertFalse(Files.exists(site.out()), "check writes no site");
    }

    @Test
    void exitOneForFindingsAtErrorLevel() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n<a href=\"nowhere/\">x</a>\n");
        Run r = run("check", site.root().toString(), "--format", "github");
        assertEquals(1, r.code());
        assertEquals("::error file=" + site.root().resolve("content/index.md") + ",line=3,col=1,title=broken-link::"
                + "broken link 'nowhere/': the site has no nowhere/index.html\n", r.out());
    }

    @Test
    void exitTwoForUsageAndConfigurationErrors() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n");
        Run format = run("check", site.root().toString(), "--format", "xml");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("--format must be human, json or github, not 'xml'"), format.err());
        assertEquals(2, run("check", site.root().toString(), "--no-such-option").code());
        assertEquals(2, run("check", site.root().toString(), "--audience", "managers").code());
        site.file("handbook.yml", "check:\n  external:\n    timeout: never\n");
        Run config = run("check", site.root().toString(), "--format", "json");
        assertEquals(2, config.code());
        assertTrue(config.out().contains("\"rule\": \"config\""), config.out());
        assertTrue(config.out().contains("\"line\": 3, \"column\": 14"), config.out());
    }

    @Test
    void jsonGoesToStandardOutputAlone() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n![](pic.png)\n-- content/pic.png --\nPNG\n");
        Run r = run("check", site.root().toString(), "--format", "json");
        assertEquals(0, r.code());
        assertEquals("""
                {
                  "version": 1,
                  "summary": {"pages": 5, "files": 46, "errors": 0, "warnings": 1, "silenced": 0},
                  "external": null,
                  "findings": [
                    {"file": "%s", "line": 3, "column": 5, "severity": "warning", "rule": "image-alt", \
                "message": "image 'pic.png' has no alt text", "hint": "say what the image shows, in Markdown between \
                the brackets: ![what it shows](...)"}
                  ]
                }
                """.formatted(site.root().resolve("content/index.md")), r.out());
        assertFalse(r.err().contains("{"), r.err());
    }

    @Test
    void helpListsTheOptionsAndTheExitCodes() {
        Run help = run("check", "--help");
        assertEquals(0, help.code());
        for (String s : new String[]{"--format", "--strict", "--external", "--out", "Exit codes", "1   findings at error level"}) {
            assertTrue(help.out().contains(s), s + " in " + help.out());
        }
        assertTrue(run("--help").out().contains("check"));
    }

    @Test
    void staleFailsOnlyWhenAskedFor() {
        TestSite site = TestSite.of("-- content/index.md --\n---\nreviewed: 2001-01-01\n---\n# Home\n");
        Run normal = run("check", site.root().toString(), "--strict");
        assertEquals(0, normal.code(), "an overdue review is shown, never a failure: " + normal.out());
        Run stale = run("check", site.root().toString(), "--stale", "--format", "github");
        assertEquals(1, stale.code());
        assertEquals("::error file=" + site.root().resolve("content/index.md") + ",line=2,col=11,title=stale::review "
                + "overdue since 2001-06-30 (last reviewed 2001-01-01)%0Ahint: review the page and update its reviewed: "
                + "date\n", stale.out());
    }
}
