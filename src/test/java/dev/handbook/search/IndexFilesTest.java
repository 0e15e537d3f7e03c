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
}
