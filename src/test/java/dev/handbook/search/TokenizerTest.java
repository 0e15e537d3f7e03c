package dev.handbook.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5: tokenising and stemming, against the word lists search.js is checked against too. */
class TokenizerTest {
    @Test
    void everyTextGivesItsTerms() throws IOException {
        List<String[]> cases = lines("/search/terms.txt");
        assertTrue(cases.size() >= 30, "the shared list has its cases");
        List<String> wrong = new ArrayList<>();
        for (String[] c : cases) {
            List<String> expected = c[1].isEmpty() ? List.of() : Arrays.asList(c[1].split(" "));
            List<String> got = Tokenizer.terms(c[0]);
            if (!got.equals(expected)) wrong.add(c[0] + " gave " + got + ", expected " + expected);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void porterStemsEveryWordOfHisVocabulary() throws IOException {
        List<String[]> voc = lines("/search/porter-voc.txt");
        assertEquals(23531, voc.size());
        List<String> wrong = new ArrayList<>();
        for (String[] w : voc) {
            String got = PorterStemmer.stem(w[0]);
            if (!got.equals(w[1])) wrong.add(w[0] + " -> " + got + " (expected " + w[1] + ")");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertEquals(Tokenizer.terms("resume"), Tokenizer.terms("Résumé"));
        assertEquals(Tokenizer.terms("RESUME"), Tokenizer.terms("re\u0301sume\u0301"));
    }

    @Test
    void stopWordsAreDroppedButNumbersBecomeWords() {
        assertEquals(List.of(), Tokenizer.terms("the and of to"));
        assertEquals(List.of("on", "on"), Tokenizer.terms("1:1"));
        assertEquals(Tokenizer.terms("one"), List.of(Tokenizer.term("1")));
    }

    /** Lines of a test resource split at the first tab or space, comments and blank lines left out. */
    static List<String[]> lines(String resource) throws IOException {
        try (InputStream in = TokenizerTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int cut = line.indexOf('\t') >= 0 ? line.indexOf('\t') : line.indexOf(' ');
                out.add(new String[]{line.substring(0, cut), line.substring(cut + 1)});
            }
            return out;
        }
    }
}
