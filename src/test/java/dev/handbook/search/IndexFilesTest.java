package dev.handbook.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexFilesTest {
    /** Snippet text is one line: each run of whitespace is one space, none at the start, one kept at the end. */
    @Test
    void collapseSpacesKeepsOneSpacePerRun() {
        String[][] cases = {
                {"", ""}, {" ", ""}, {" \n\t", ""}, {"a", "a"}, {" a", "a"}, {"a ", "a "}, {"a \n ", "a "},
                {"a b", "a b"}, {"a  b", "a b"}, {"a\nb", "a b"}, {"a \r\n\f\u000B b", "a b"},
                {"on call\tnow", "on call now"}, {"x y  z", "x y z"}, {"\u00a0a", "\u00a0a"},
        };
        for (String[] c : cases) assertEquals(c[1], IndexFiles.collapseSpaces(c[0]), "[" + c[0] + "]");
    }

    /** With a limit, the text is the start of the whole collapsed text, whatever the limit. */
    @Test
    void collapseSpacesWithALimitIsTheStartOfTheWholeResult() {
        java.util.Random random = new java.util.Random(8);
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\t', '\u00e9'};
        for (int round = 0; round < 2000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) chars[i] = alphabet[random.nextInt(alphabet.length)];
            String text = new String(chars);
            String whole = IndexFiles.collapseSpaces(text);
            for (int limit = -1; limit <= text.length() + 1; limit++) {
                String expected = whole.substring(0, Math.max(0, Math.min(limit, whole.length())));
                assertEquals(expected, IndexFiles.collapseSpaces(text, limit), "[" + text + "] limit " + limit);
            }
        }
    }
}
