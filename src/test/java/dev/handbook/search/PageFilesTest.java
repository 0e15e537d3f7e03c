package dev.handbook.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageFilesTest {
    /** The files of pages write base64 themselves, into the file's bytes: it must be the JDK's, padding and all. */
    @Test
    void base64IsTheJdksAtEveryLength() {
        Random random = new Random(24);
        for (int length = 0; length < 200; length++) {
            byte[] in = new byte[length + 5];
            random.nextBytes(in);
            byte[] out = new byte[2 + 4 * ((length + 2) / 3)];
            int end = PageFiles.base64(in, length, out, 2);
            assertEquals(out.length, end, "length " + length);
            String expected = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(in, length));
            assertEquals(expected, new String(out, 2, end - 2, StandardCharsets.US_ASCII), "length " + length);
        }
    }
}
