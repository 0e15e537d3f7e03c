package dev.handbook.parse;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DeferredTextTest {
    @Test
    void escapingGivesFlexmarksResultForAnyText() {
        Random random = new Random(7);
        String alphabet = "ab &<>\"'\u00e9\u2014;#x1\n\t\\";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(Escaping.escapeHtml(s, false), DeferredText.escape(s), s);
        }
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String s = "Plain words, an apostrophe's and an \u00e9";
        assertSame(s, DeferredText.escape(s));
    }
}
