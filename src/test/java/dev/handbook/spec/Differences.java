package dev.handbook.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of spec examples whose HTML in a handbook differs from the spec's, each with the
 * kinds of its difference and why ({@code src/test/resources/specs/differences.txt}).
 *
 * <pre>
 * # comment
 * commonmark 179  comment            the comment before *bar* is left out
 * gfm 171         flexmark, error:broken-link   ...
 * </pre>
 */
final class Differences {
    static final Path FILE = SpecExamples.DIR.resolve("differences.txt");

    /** One listed example: its kinds ({@code flexmark}, {@code sanitize}, {@code error:RULE}, ...) and reason. */
    record Entry(String id, Set<String> kinds, String reason, int line) {
    }

    private Differences() {
    }

    static Map<String, Entry> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 3);
            String id = parts[0] + " " + parts[1];
            String rest = parts.length > 2 ? parts[2] : "";
            // kinds: comma-separated, up to two spaces before the reason
            int gap = rest.indexOf("  ");
            String kindText = gap < 0 ? rest : rest.substring(0, gap);
            String reason = gap < 0 ? "" : rest.substring(gap).strip();
            Set<String> kinds = new LinkedHashSet<>();
            for (String k : kindText.split(",")) if (!k.isBlank()) kinds.add(k.strip());
            if (out.put(id, new Entry(id, kinds, reason, i + 1)) != null) {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ": " + id + " is listed twice");
            }
        }
        return out;
    }
}
