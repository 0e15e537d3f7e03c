package dev.handbook.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordTableTest {
    private static int get(WordTable t, String word) {
        char[] buf = (word + "#tail").toCharArray(); // the word is a prefix of the buffer, as in the tokenizer
        return t.get(buf, word.length(), word.hashCode());
    }

    private static void put(WordTable t, String word, int term) {
        char[] buf = (word + "#tail").toCharArray();
        t.put(buf, word.length(), word.hashCode(), term);
    }

    @Test
    void findsEveryWordItWasGivenAfterGrowing() {
        WordTable t = new WordTable();
        for (int i = 0; i < 5000; i++) put(t, "w" + i, i);
        for (int i = 0; i < 5000; i++) assertEquals(i, get(t, "w" + i));
        assertEquals(WordTable.UNKNOWN, get(t, "w5000"));
        assertEquals(WordTable.UNKNOWN, get(t, "w")); // a prefix of known words is not known
    }

    @Test
    void wordsWithTheSameHashStayApart() {
        assertEquals("aa".hashCode(), "bB".hashCode());
        WordTable t = new WordTable();
        put(t, "aa", 1);
        assertEquals(WordTable.UNKNOWN, get(t, "bB"));
        put(t, "bB", WordTable.STOP);
        assertEquals(1, get(t, "aa"));
        assertEquals(WordTable.STOP, get(t, "bB"));
    }

    @Test
    void hashIsTheStringHash() {
        char[] buf = "reviewing".toCharArray();
        assertEquals("review".hashCode(), WordTable.hash(buf, 6));
    }
}
