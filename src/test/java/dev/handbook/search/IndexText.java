package dev.handbook.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The text of a search-index file as a reader of the index sees it: a file of pages ({@code d/N.js})
 * inflated to its JSON, any other file as it is. Tests that look for words in the index (leaks of
 * restricted text above all) read it through this, since the pages' text is compressed.
 */
public final class IndexText {
    private static final String PAGES = "HandbookSearch.add(\"d/";

    private IndexText() {
    }

    /** The bytes of any output file, as text; a file of pages in the search index, inflated. */
    public static String of(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.startsWith(PAGES)) return text;
        int start = text.indexOf(",\"") + 2;
        int end = text.lastIndexOf('"');
        return text.substring(0, start) + inflate(Base64.getDecoder().decode(text.substring(start, end))) + text.substring(end);
    }

    private static String inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) throw new AssertionError("cut short");
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (DataFormatException e) {
            throw new AssertionError("not a deflated file of pages", e);
        } finally {
            inflater.end();
        }
    }
}
