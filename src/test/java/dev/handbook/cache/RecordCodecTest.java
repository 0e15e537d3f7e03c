package dev.handbook.cache;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Staged;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cache gives back exactly what parsing produced: every Markdown file of the example handbook
 * and of the real documentation trees the import tests copy (MkDocs, Docsy, thoughtbot), parsed,
 * written and read back, is equal to the parse, and bytes cut short or altered are refused.
 */
class RecordCodecTest {
    private static final List<Path> TREES = List.of(Path.of("content"), Path.of("src/test/resources/import/corpora"));

    @Test
    void everyParsedPageOfRealTreesComesBackEqual() throws IOException {
        DocumentParser parser = new DocumentParser(new ParseSettings(List.of("everyone", "staff"), "everyone",
                RawHtmlPolicy.SANITIZE));
        int pages = 0;
        for (Path tree : TREES) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(tree)) {
                files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            for (Path f : files) {
                Staged<ParsedPage> parsed = parser.parsePage(f.toString(), f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                BuildCache.PageEntry entry = new BuildCache.PageEntry(Optional.of(parsed.value()), parsed.diagnostics());
                assertEquals(entry, roundTrip(entry), f.toString());
                pages++;
            }
        }
        assertTrue(pages > 200, "pages read: " + pages);
    }

    @Test
    void textOfEveryKindComesBackExactly() throws IOException {
        for (String s : List.of("", "plain ascii", "é ü ß", "日本語", "emoji 🙂", "\uD800 lone surrogate", "a\u0000b")) {
            Bytes.Out out = new Bytes.Out();
            RecordCodec.write(out, s, String.class);
            assertEquals(s, RecordCodec.read(new Bytes.In(out.toArray()), String.class));
        }
    }

    /** A short string written again in an entry costs its number, and comes back equal; a long one is written each time. */
    @Test
    void aRepeatedShortStringIsWrittenOnce() throws Exception {
        String path = "content/roles/engineering-manager.md";
        String longText = "x".repeat(1000);
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) values.add(i % 2 == 0 ? path : path + i);
        values.add(longText);
        values.add(longText);
        java.lang.reflect.Type type = RecordCodecTest.class.getDeclaredMethod("listOfStrings").getGenericReturnType();
        Bytes.Out out = new Bytes.Out();
        RecordCodec.write(out, values, type);
        byte[] bytes = out.toArray();
        assertEquals(values, RecordCodec.read(new Bytes.In(bytes), type));
        // 51 different short strings in full (at most 8 bytes more than their text), 49 numbers of 5 bytes, the long one twice
        int bound = 51 * (path.length() + 3 + 8) + 49 * 5 + 2 * (longText.length() + 5) + 4;
        assertTrue(bytes.length <= bound, bytes.length + " bytes, more than " + bound);
        assertTrue(bytes.length > 2 * longText.length(), "the long string twice: " + bytes.length + " bytes");
    }

    @SuppressWarnings("unused") // its return type is the type of the values above
    private static List<String> listOfStrings() {
        return List.of();
    }

    @Test
    void bytesCutShortAreRefused() {
        DocumentParser parser = new DocumentParser(new ParseSettings(List.of("everyone"), "everyone", RawHtmlPolicy.SANITIZE));
        Staged<ParsedPage> parsed = parser.parsePage("a.md", "content/a.md", "---\ntitle: A\n---\n# A\n\nSee [b](b.md).\n");
        Bytes.Out out = new Bytes.Out();
        RecordCodec.write(out, new BuildCache.PageEntry(Optional.of(parsed.value()), parsed.diagnostics()),
                BuildCache.PageEntry.class);
        byte[] all = out.toArray();
        for (int cut = 0; cut < all.length; cut += 7) {
            byte[] shorter = java.util.Arrays.copyOf(all, cut);
            assertThrows(IOException.class, () -> RecordCodec.read(new Bytes.In(shorter), BuildCache.PageEntry.class),
                    "cut at " + cut);
        }
    }

    @Test
    void aTypeItCannotSeeIsRefusedWhenWriting() {
        record Odd(Object anything) {
        }
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.write(new Bytes.Out(), new Odd(1), Odd.class));
    }

    private static Object roundTrip(BuildCache.PageEntry entry) throws IOException {
        Bytes.Out out = new Bytes.Out();
        RecordCodec.write(out, entry, BuildCache.PageEntry.class);
        return RecordCodec.read(new Bytes.In(out.toArray()), BuildCache.PageEntry.class);
    }
}
