package dev.handbook.search;

import dev.handbook.model.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 24.3: the files of pages are written as bytes, escaped exactly as {@link Json#ASCII} escapes. */
class AsciiJsonTest {
    private static String written(AsciiJson json) {
        return new String(json.bytes(), 0, json.size(), StandardCharsets.ISO_8859_1);
    }

    private static String string(String s) {
        AsciiJson json = new AsciiJson();
        json.string(s);
        return written(json);
    }

    @Test
    void everyCharacterIsEscapedAsJsonAsciiEscapesIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            assertEquals(Json.ASCII.string(s), string(s), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void randomTextIsWrittenAsJsonAsciiWritesIt() {
        Random random = new Random(243);
        char[] alphabet = {'a', ' ', '"', '\\', '<', '\n', '\t', '\r', '\u0001', '\u007f', '\u00e9', '\u2028', '\ud83d', '\ude00'};
        AsciiJson json = new AsciiJson();
        StringBuilder expected = new StringBuilder();
        for (int round = 0; round < 3000; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) chars[i] = alphabet[random.nextInt(alphabet.length)];
            String s = new String(chars);
            json.raw(',').string(s);   // one growing buffer, as a file of pages is written
            Json.ASCII.string(expected.append(','), s);
        }
        json.strings(List.of("x", "<y>"));
        Json.ASCII.strings(expected, List.of("x", "<y>"));
        assertEquals(expected.toString(), written(json));
    }

    /** Snippet text is one line: each run of whitespace is one space, none at the start, one kept at the end. */
    @Test
    void collapsedTextKeepsOneSpacePerRun() {
        String[][] cases = {
                {"", ""}, {" ", ""}, {" \n\t", ""}, {"a", "a"}, {" a", "a"}, {"a ", "a "}, {"a \n ", "a "},
                {"a b", "a b"}, {"a  b", "a b"}, {"a\nb", "a b"}, {"a \r\n\f\u000B b", "a b"},
                {"on call\tnow", "on call now"}, {"x y  z", "x y z"}, {"\u00a0a", "\u00a0a"}, {"<a> \"b\"", "<a> \"b\""},
        };
        for (String[] c : cases) {
            AsciiJson json = new AsciiJson();
            assertEquals(c[1].length(), json.collapsed(c[0], Integer.MAX_VALUE), "[" + c[0] + "]");
            assertEquals(Json.ASCII.string(c[1]), written(json), "[" + c[0] + "]");
        }
    }

    /** With a limit, the text is the start of the whole collapsed text, whatever the limit. */
    @Test
    void collapsedTextWithALimitIsTheStartOfTheWholeResult() {
        Random random = new Random(8);
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\t', '\u00e9', '"'};
        for (int round = 0; round < 2000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) chars[i] = alphabet[random.nextInt(alphabet.length)];
            String text = new String(chars);
            String whole = text.replaceAll("[ \n\t\r\f\u000B]+", " ").replaceFirst("^ ", "");
            for (int limit = -1; limit <= text.length() + 1; limit++) {
                String expected = whole.substring(0, Math.max(0, Math.min(limit, whole.length())));
                AsciiJson json = new AsciiJson();
                assertEquals(expected.length(), json.collapsed(text, limit), "[" + text + "] limit " + limit);
                assertEquals(Json.ASCII.string(expected), written(json), "[" + text + "] limit " + limit);
            }
        }
    }
}
