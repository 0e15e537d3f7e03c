package dev.handbook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code handbook import} as a person runs it: the report, the build's summary, one last line, exit codes (issue 20.5). */
class ImportCommandTest {
    private static final Path DOCSY = Path.of("src/test/resources/import/corpora/google-docsy-example");

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importReportsWhatItDidThenBuildsAndEndsWithOneLine() {
        Path root = tmp.resolve("goldydocs");
        Run r = run("import", "--from", "hugo", DOCSY.toString(), root.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("imported 30 pages and 1 file\nrewritten, by kind:\n"), r.out());
        assertTrue(r.out().contains("      5  Hugo alert shortcode to an admonition\n"), r.out());
        assertTrue(r.out().contains("left as written, for a person to decide (5):\n"
                + "  content/_index.md:24:6: Hugo shortcode '_param': {{% _param btn-lg primary %}}\n"), r.out());
        assertTrue(r.out().contains("content/fa/ (language 'fa', 11 pages) was not imported"), r.out());
        String[] lines = r.out().strip().split("\n");
        assertEquals("import: 30 pages and 1 file from " + DOCSY + " into " + root + "; 70 constructs rewritten, "
                + "5 constructs left for a person (listed above); building it", lines[lines.length - 1]);
        // The build says the same about the shortcodes left, at their positions, and its summary ends the run.
        assertTrue(r.err().contains("/goldydocs/content/_index.md:24:6: warning: '{{% _param btn-lg primary %}}' is a Hugo "
                + "shortcode, which a handbook does not run: it is shown as text"), r.err());
        assertTrue(r.err().matches("(?s).*\nbuilt 33 pages \\(\\d+ files\\) into [^\n]*: 6 warnings, 0 errors\n"), r.err());
    }

    @Test
    void rewritesAPersonMayRevisitAreListedUnderTheirKindWithTheirPositions() {
        Path root = tmp.resolve("mkdocs");
        Run r = run("import", "--from", "mkdocs", "src/test/resources/import/corpora/mkdocs-mkdocs", root.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("      1  mkdocs-click block to a note naming it (Handbook does not generate command "
                + "references)\n           content/user-guide/cli.md:3:1: ::: mkdocs-click\n     71  mkdocstrings block to "
                + "a note naming it (Handbook does not generate API references)\n           content/dev-guide/api.md:6:1: "
                + "::: mkdocs.structure.files.Files\n"), r.out());
        assertTrue(r.out().contains("     12  MkDocs autorefs cross-reference to an mkdocstrings object, to a link to its note\n"
                + "           content/about/release-notes.md:78:91: [`Page.title`][mkdocs.structure.pages.Page.title]\n"), r.out());
        assertTrue(r.out().contains("left as written, for a person to decide (2):\n"), r.out());
    }

    @Test
    void aBadGeneratorOrARootInsideSrcIsAUsageErrorAndWritesNothing() throws Exception {
        Run bad = run("import", "--from", "sphinx", DOCSY.toString(), tmp.resolve("x").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--from must be one of mkdocs, jekyll, hugo, middleman, github, found 'sphinx'"),
                bad.err());
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("docs"));
        Files.writeString(src.resolve("docs/index.md"), "# Home\n");
        Run inside = run("import", "--from", "github", src.toString(), src.resolve("handbook").toString());
        assertEquals(2, inside.code());
        assertTrue(inside.err().contains("is inside SRC"), inside.err());
        assertFalse(Files.exists(src.resolve("handbook")));
        Run help = run("import", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--source-url"), help.out());
    }
}
