package dev.handbook.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WordTableTest {
    private static String get(WordTable t, String word) {
        char[] buf = (word + "#tail").toCharArray(); // the word is a prefix of the buffer, as in the tokenizer
        return t.get(buf, word.length(), word.hashCode());
    }

    private static void put(WordTable t, String word, String term) {
        char[] buf = (word + "#tail").toCharArray();
        t.put(buf, word.length(), word.hashCode(), term);
    }

    @Test
    void findsEveryWordItWasGivenAfterGrowing() {
        WordTable t = new WordTable();
        for (int i = 0; i < 5000; i++) put(t, "w" + i, "t" + i);
        for (int i = 0; i < 5000; i++) assertEquals("t" + i, get(t, "w" + i));
        assertNull(get(t, "w5000"));
        assertNull(get(t, "w"));
    }

    @Test
    void wordsWithTheSameHashStayApart() {
        assertEquals("aa".hashCode(), "bB".hashCode());
        WordTable t = new WordTable();
        put(t, "aa", "first");
        assertNull(get(t, "bB"));
        put(t, "bB", "second");
        assertEquals("first", get(t, "aa"));
        assertEquals("second", get(t, "bB"));
    }

    @Test
    void hashIsTheStringHash() {
        char[] buf = "reviewing".toCharArray();
        assertEquals("review".hashCode(), WordTable.hash(buf, 6));
    }
}
