package dev.handbook.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The three escapings of the one JSON writer (issue 25.3 made one class of three writers); each
 * expectation is the byte-for-byte output of the writer it replaced.
 */
class JsonTest {
    /** A quote, a backslash, the named controls, another control, HTML's specials, non-ASCII, U+2028 and DEL. */
    private static final String ALL = "a\"b\\c\n\r\t\u0001<>&é\u2028\u007f";

    @Test
    void plainEscapesWhatJsonAndJavaScriptNeed() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\u0001<>&é\\u2028\u007f\"", Json.PLAIN.string(ALL));
    }

    @Test
    void htmlAlsoEscapesMarkupCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\u000d\\u0009\\u0001\\u003c\\u003e\\u0026é\\u2028\u007f\"", Json.HTML.string(ALL));
    }

    @Test
    void asciiWritesOnlyPrintableAscii() {
        assertEquals("\"a\\\"b\\\\c\\n\\u000d\\t\\u0001\\u003c>&\\u00e9\\u2028\\u007f\"", Json.ASCII.string(ALL));
    }

    @Test
    void arraysOfStringsAndNumbers() {
        StringBuilder sb = new StringBuilder();
        Json.ASCII.strings(sb, List.of("x", "é")).append(' ');
        Json.ints(sb, new int[]{1, 22});
        assertEquals("[\"x\",\"\\u00e9\"] [1,22]", sb.toString());
    }
}
