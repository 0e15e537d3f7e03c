package dev.handbook.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 24.3: the reader of words gives the words and compounds the tokenizer's rules define, in order. */
class WordReaderTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /** The rules as Tokenizer's Javadoc states them, written the slow way. */
    private static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int parts = 0;
        int lastEnd = -1;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = Tokenizer.normalise(m.group());
            boolean joined = lastEnd >= 0 && m.start() == lastEnd + 1 && text.charAt(lastEnd) == '-';
            if (!joined || w.isEmpty()) {
                if (parts > 1) out.add(run.toString());
                run.setLength(0);
                parts = 0;
            }
            lastEnd = m.end();
            if (w.isEmpty()) continue;
            out.add(w);
            run.append(w);
            parts++;
        }
        if (parts > 1) out.add(run.toString());
        return out;
    }

    private static List<String> read(WordReader reader, String text) {
        List<String> out = new ArrayList<>();
        reader.reset(text);
        while (reader.next()) {
            String w = new String(reader.chars(), 0, reader.length());
            assertEquals(w.hashCode(), reader.hash(), w);
            out.add(w);
        }
        return out;
    }

    @Test
    void wordsAndCompoundsComeInOrder() {
        WordReader reader = new WordReader();
        assertEquals(List.of("on", "call", "oncall", "rota"), read(reader, "On-call rota"));
        assertEquals(List.of("a", "b", "c", "abc", "d"), read(reader, "a-b-c d"));
        assertEquals(List.of("a", "b"), read(reader, "a--b"));
        assertEquals(List.of("x", "y", "xy"), read(reader, "x-y"));
        assertEquals(List.of("cafe", "bar", "cafebar"), read(reader, "Café-bar"));
        assertEquals(List.of(), read(reader, " - \u0301 "));
    }

    @Test
    void randomTextGivesWhatTheRulesGive() {
        Random random = new Random(243);
        String[] pieces = {"a", "B", "7", "-", "-", " ", "é", "e\u0301", "\u0301", ".", "Ω", "\ud835\udc00", "x".repeat(40)};
        WordReader reader = new WordReader(); // one reader for every text, as a thread keeps it
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertEquals(expected(t), read(reader, t), "[" + t + "]");
        }
    }
}
