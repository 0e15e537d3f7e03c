package dev.handbook.parse;

import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sources saved with Windows line ends (CRLF), or old Mac ones (CR), build as with LF, and every
 * diagnostic points at the same line and column (issue 26.4): handbook.yml, front matter, Markdown,
 * YAML data and a theme's type schema.
 */
class CrlfSourcesTest {
    private static final String SITE = """
            -- handbook.yml --
            title: Line ends
            titel: typo
            -- themes/default/types/note.yml --
            label: Note
            plural: Notes
            colour: blue
            fields:
              about: {kind: text, required: true}
            -- content/index.md --
            ---
            title: Home
            ---
            # Home

            Some text, then a table:

            | a | b |
            |---|---|
            | 1 | 2 |

            See [the missing page](nowhere.md) and [[role:nobody]].
            -- content/notes/_index.md --
            ---
            cascade: {type: note}
            ---
            -- content/notes/first.md --
            ---
            title: First
            about: [not, text]
            ---
            Body.
            -- content/roles/_index.md --
            ---
            cascade: {type: role}
            ---
            -- content/roles/lead.md --
            ---
            summary: Leads.
            ---
            -- content/responsibilities.yml --
            activities:
              - activity: Planning
                responsible: [lead]
                accountable: ghost
            """;

    @Test
    void crlfAndCrSourcesGiveTheDiagnosticsOfLfSources() {
        List<String> lf = headlines(TestSite.of(SITE).check());
        assertEquals(List.of(
                "content/index.md:12:24: error: broken link 'nowhere.md': no page or file content/nowhere.md",
                "content/index.md:12:47: error: unknown role 'nobody'",
                "content/notes/first.md:3:8: error: about must be text, found a list",
                "content/responsibilities.yml:4:18: error: unknown role 'ghost'",
                "handbook.yml:2:1: warning: unknown setting 'titel' (did you mean 'title'?)",
                "themes/default/types/note.yml:3:1: warning: unknown schema key 'colour'"), lf);
        assertEquals(lf, headlines(withLineEnds(TestSite.of(SITE), "\r\n").check()), "CRLF");
        assertEquals(lf, headlines(withLineEnds(TestSite.of(SITE), "\r").check()), "CR");
    }

    /** Rewrites every file of the site with other line ends. */
    private static TestSite withLineEnds(TestSite site, String end) {
        try (Stream<Path> files = Files.walk(site.root())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, Files.readString(f).replace("\n", end));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    private static List<String> headlines(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::headline).sorted().toList();
    }
}
