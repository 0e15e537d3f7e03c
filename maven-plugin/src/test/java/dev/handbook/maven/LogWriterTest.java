package dev.handbook.maven;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogWriterTest {
    private final RecordingLog log = new RecordingLog();

    private List<String> logged(String output) {
        try (LogWriter w = new LogWriter(log)) {
            w.write(output.toCharArray(), 0, output.length());
        }
        return log.lines();
    }

    @Test
    void aDiagnosticAndTheLinesUnderItShareItsLevel() {
        assertEquals(List.of(
                "[ERROR] content/a.md:6:27: error: broken link 'x.md' [broken-link]",
                "[ERROR]   6 | Read [x](x.md).",
                "[ERROR]     |      ^",
                "[WARNING] content/b.md:1:1: warning: no title",
                "[WARNING]   hint: add a title",
                "[INFO] checked 2 pages (9 files) in 0.50 s: 1 error, 1 warning"), logged("""
                content/a.md:6:27: error: broken link 'x.md' [broken-link]
                  6 | Read [x](x.md).
                    |      ^
                content/b.md:1:1: warning: no title
                  hint: add a title
                checked 2 pages (9 files) in 0.50 s: 1 error, 1 warning
                """));
    }

    @Test
    void theCommandsOwnFailuresAreErrors() {
        assertEquals(List.of("[ERROR] handbook: cannot listen on 127.0.0.1:4000: Address already in use",
                        "[WARNING] warning: serving on 0.0.0.0: anyone who can reach this machine can read the handbook",
                        "[INFO] Serving the handbook at http://0.0.0.0:4000/ (Ctrl-C to stop)"),
                logged("handbook: cannot listen on 127.0.0.1:4000: Address already in use\n"
                        + "warning: serving on 0.0.0.0: anyone who can reach this machine can read the handbook\n"
                        + "Serving the handbook at http://0.0.0.0:4000/ (Ctrl-C to stop)\n"));
    }

    @Test
    void progressRewrittenInPlaceIsDroppedAndColourRemoved() {
        // What the command prints on a terminal: the progress line, rewritten, then cleared.
        assertEquals(List.of("[ERROR] content/a.md:1:1: error: bad", "[INFO] built 1 page"),
                logged("\r\u001b[2Kparse 1/9 pages (11%)\r\u001b[2Kparse 9/9 pages (100%)\r\u001b[2K"
                        + "content/a.md:1:1: \u001b[1;31merror\u001b[0m: bad\nbuilt 1 page\n"));
    }

    @Test
    void windowsLineEndsEndLines() {
        assertEquals(List.of("[INFO] one", "[INFO] two"), logged("one\r\ntwo\r\n"));
    }

    @Test
    void aLastLineWithoutLineEndIsLoggedOnClose() {
        assertEquals(List.of("[INFO] done"), logged("done"));
    }

    @Test
    void linesWrittenThroughAPrintWriterArriveWhole() {
        try (PrintWriter out = new PrintWriter(new LogWriter(log))) {
            out.print("built ");
            out.print(3);
            out.println(" pages");
            out.printf("%s%n", "next");
        }
        assertEquals(List.of("[INFO] built 3 pages", "[INFO] next"), log.lines());
    }
}
