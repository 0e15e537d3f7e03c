package dev.handbook.render;

import io.pebbletemplates.pebble.error.PebbleException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageWriterTest {
    private static final String ALPHABET = "ab<&>\"' \n·☰…éß€\uD83D\uDE00\uD83D\uDE01\uDC00\uD800";

    @Test
    void writesTheBytesOfStringGetBytesHoweverTheTextIsSplit() {
        Random random = new Random(8);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            boolean longWrites = round % 2 == 1; // long enough for the writer's bulk path
            int length = random.nextInt(longWrites ? 1500 : 60);
            for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String s = text.toString();
            PageWriter w = new PageWriter(0, Integer.MAX_VALUE);
            int i = 0;
            while (i < s.length()) {
                int n = Math.min(s.length() - i, random.nextInt(longWrites ? 600 : 5));
                switch (random.nextInt(4)) {
                    case 0 -> w.write(s, i, n);
                    case 1 -> w.write(s.substring(i, i + n).toCharArray(), 0, n);
                    case 2 -> w.append(s.substring(i, i + n));
                    default -> {
                        if (n > 0) w.write(s.charAt(i));
                        n = Math.min(n, 1);
                    }
                }
                i += n;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.toBytes(), () -> "for " + s.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void aLongPageGrowsTheBuffer() {
        String s = "déjà vu ☰ ".repeat(10_000);
        PageWriter w = new PageWriter(16, Integer.MAX_VALUE);
        w.write(s);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.toBytes());
    }

    @Test
    void aTemplateStuckInALoopIsStoppedAtTheLimit() {
        PageWriter w = new PageWriter(16, 10);
        w.write("0123456789");
        PebbleException e = assertThrows(PebbleException.class, () -> w.write("x"));
        assertEquals("Tried to write more than 10 chars.", e.getPebbleMessage());
    }
}
