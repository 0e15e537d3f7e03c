package dev.handbook.source;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content names Windows cannot hold (issue 26.4): the same diagnostics on every platform. */
class PortableNamesTest {
    @Test
    void reservedDeviceNamesAreWarningsThatStrictTurnsIntoErrors() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/con.md --
                # Con
                -- content/aux/notes.md --
                # Notes
                -- content/aux/more.md --
                # More
                -- content/guides/Com1.Setup.txt --
                text
                -- content/console.md --
                # Not reserved: only the whole name before the first dot is
                -- content/com10.md --
                # Not reserved either
                """);
        BuildResult r = site.build();
        assertEquals(List.of(
                "content/aux: warning: 'aux' is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, "
                        + "with any extension), so the handbook cannot be checked out or built there; rename it",
                "content/con.md: warning: 'con.md' is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, "
                        + "LPT1-9, with any extension), so the handbook cannot be checked out or built there; rename it",
                "content/guides/Com1.Setup.txt: warning: 'Com1.Setup.txt' is a reserved device name on Windows (CON, PRN, "
                        + "AUX, NUL, COM1-9, LPT1-9, with any extension), so the handbook cannot be checked out or built "
                        + "there; rename it"),
                sorted(r));
        assertTrue(r.ok(), "a warning: the site is written, on this system");
        assertTrue(site.exists("con/index.html"));
        assertFalse(site.build(site.options().withStrict(true)).ok(), "--strict, as in CI, stops it");
    }

    @Test
    void charactersWindowsRefusesAndTrailingDotsAreWarnings() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/what?.md --
                # What
                -- content/a:b.md --
                # Colon
                -- content/draft./x.md --
                # Trailing dot
                """);
        assertEquals(List.of(
                "content/a:b.md: warning: 'a:b.md' holds ':', which Windows does not allow in a name, so the handbook "
                        + "cannot be checked out or built there; rename it",
                "content/draft.: warning: 'draft.' ends with a dot or space, which Windows drops from a name, so the "
                        + "handbook cannot be checked out or built there; rename it",
                "content/what?.md: warning: 'what?.md' holds '?', which Windows does not allow in a name, so the "
                        + "handbook cannot be checked out or built there; rename it"),
                sorted(site.build()));
        assertTrue(site.exists("what%3F/index.html") || site.exists("what?/index.html"));
    }

    @Test
    void aBackslashInANameIsAnErrorNotAFolder() throws IOException {
        // Before, content/a\b.md was published as the page a/b/ under an invented section a/.
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n");
        Files.writeString(site.root().resolve("content/a\\b.md"), "# B\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/a\\b.md: error: 'a\\b.md' holds a backslash, which Windows reads as a folder "
                + "separator, so its path would differ by platform; rename it"), sorted(r));
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void onAWindowsFileSystemPathsUseForwardSlashes() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path root = windows.getPath("C:\\Users\\ada\\handbook");
            Files.createDirectories(root.resolve("content\\Ways of Working"));
            Files.writeString(root.resolve("content\\index.md"), "# Home\r\n");
            Files.writeString(root.resolve("content\\Ways of Working\\Retro.md"), "# Retro\r\n");
            var tree = ContentLoader.list(root);
            assertEquals(List.of(), tree.diagnostics());
            assertEquals(List.of("Ways of Working/Retro.md", "index.md"),
                    tree.value().files().stream().map(SourceFile::path).toList());
            assertEquals("content/Ways of Working/Retro.md", tree.value().files().get(0).displayPath());
            assertEquals("Ways of Working", tree.value().files().get(0).folder());
            assertEquals("# Retro\n", ContentLoader.readText(tree.value().files().get(0)).value());
        }
    }

    private static List<String> sorted(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::headline).sorted().toList();
    }
}
