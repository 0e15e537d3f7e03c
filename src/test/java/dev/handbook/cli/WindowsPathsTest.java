package dev.handbook.cli;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Diagnostics name files the same way on Windows (issue 26.4): ROOT as the user gave it, then the
 * path under it with forward slashes, then line and column. Jimfs parses paths with Windows' rules,
 * including its refusal of ':' in a name, which the position's ":3:4" would break.
 */
class WindowsPathsTest {
    @Test
    void aPositionUnderAWindowsRootKeepsItsLineAndColumn() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path absolute = windows.getPath("C:\\Users\\me\\handbook");
            assertEquals("C:/Users/me/handbook/content/roles/em.md:3:4",
                    DiagnosticPrinter.display(absolute, "content/roles/em.md:3:4"));
            Path relative = windows.getPath("teams\\.\\handbook");
            assertEquals("teams/handbook/content/index.md:12:1", DiagnosticPrinter.display(relative, "content/index.md:12:1"));
            assertEquals("content/index.md:1:1", DiagnosticPrinter.display(windows.getPath("."), "content/index.md:1:1"));
            assertEquals("(theme) index.html", DiagnosticPrinter.display(absolute, "(theme) index.html"));
            assertEquals("D:\\out\\site", DiagnosticPrinter.display(absolute, "D:\\out\\site"));
        }
    }

    @Test
    void unixRootsAreJoinedTheSameWay() {
        assertEquals("hb/content/x.md:2:5", DiagnosticPrinter.display(Path.of("hb/./"), "content/x.md:2:5"));
        assertEquals("/srv/hb/content/x.md", DiagnosticPrinter.display(Path.of("/srv/hb"), "content/x.md"));
        assertEquals("/elsewhere/site", DiagnosticPrinter.display(Path.of("/srv/hb"), "/elsewhere/site"));
    }
}
