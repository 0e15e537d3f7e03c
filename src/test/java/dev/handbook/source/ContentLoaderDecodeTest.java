package dev.handbook.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Decoding a content file: valid UTF-8 as it is, anything else an error with the bad byte's offset. */
class ContentLoaderDecodeTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    @Test
    void validTextDecodesAsItIs() throws Exception {
        for (String text : new String[]{"", "# Home\n", "Café · naïve — 1:1 \uD83D\uDE80", "a literal \uFFFD stays"}) {
            assertEquals(text, ContentLoader.decode(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void everyKindOfBadByteIsAnErrorAtItsOffset() {
        int[][] cases = {
                {'a', 'b', 'c', 0x80},               // a continuation byte alone
                {'a', 0xC3},                         // a sequence cut off by the end of the file
                {'a', 'b', 0xC0, 0xAF},              // an overlong encoding of '/'
                {0xED, 0xA0, 0x80},                  // a UTF-16 surrogate written as UTF-8
                {'x', 0xF5, 0x80, 0x80, 0x80},       // past U+10FFFF
                {0xEF, 0xBF, 0xBD, 'a', 0xFF},       // a real U+FFFD first, then a bad byte
        };
        int[] offsets = {3, 1, 2, 0, 1, 4};
        for (int i = 0; i < cases.length; i++) {
            byte[] b = bytes(cases[i]);
            ContentLoader.InvalidUtf8 e = assertThrows(ContentLoader.InvalidUtf8.class, () -> ContentLoader.decode(b));
            assertEquals(offsets[i], e.offset, "case " + i);
        }
    }
}
