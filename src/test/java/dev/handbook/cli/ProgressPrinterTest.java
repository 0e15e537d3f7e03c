package dev.handbook.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressPrinterTest {
    @Test
    void aLogGetsALineOnlyWhenTheProgressChanged() {
        StringWriter log = new StringWriter();
        // The ticker would start after an hour: the test calls show() in its place.
        try (ProgressPrinter p = new ProgressPrinter(new PrintWriter(log), false, 3_600_000)) {
            p.show(); // nothing reported yet
            p.update("parse", 5, 10);
            p.show();
            p.show();
            p.update("parse", 6, 10);
            p.show();
            p.update("resolve", 0, 1);
            p.show();
            p.show();
            p.show();
        }
        assertEquals(List.of("parse 5/10 pages (50%)", "parse 6/10 pages (60%)", "resolve..."),
                log.toString().lines().toList());
    }

    @Test
    void aTerminalLineIsRewrittenInPlaceAndClearedAtTheEnd() {
        StringWriter term = new StringWriter();
        try (ProgressPrinter p = new ProgressPrinter(new PrintWriter(term), true, 3_600_000)) {
            p.update("render", 1, 4);
            p.show();
            p.show();
            p.update("render", 2, 4);
            p.show();
        }
        assertEquals("\r\u001b[2Krender 1/4 pages (25%)\r\u001b[2Krender 2/4 pages (50%)\r\u001b[2K", term.toString());
    }
}
