package dev.handbook.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a Markdown spec file (see {@code src/test/resources/specs/README.md}): each is the
 * Markdown between a line of 32 backticks plus {@code example} and a line holding {@code .}, and
 * the HTML from there to the closing backticks; {@code →} stands for a tab.
 */
final class SpecExamples {
    static final Path DIR = Path.of("src/test/resources/specs");
    private static final String FENCE = "`".repeat(32);

    /**
     * One example.
     *
     * @param spec      the file's short name, {@code commonmark} or {@code gfm}
     * @param number    its number in the file, from 1, as the spec's HTML version shows it
     * @param section   the heading it sits under
     * @param extension the GFM extension it belongs to ({@code table}, ...), or empty
     */
    record Example(String spec, int number, String section, String extension, String markdown, String html) {
        String id() {
            return spec + " " + number;
        }
    }

    private SpecExamples() {
    }

    static List<Example> commonMark() {
        return read("commonmark", "commonmark-spec-0.31.2.txt");
    }

    static List<Example> gfm() {
        return read("gfm", "gfm-spec-0.29.txt");
    }

    static List<Example> read(String spec, String fileName) {
        List<String> lines;
        try {
            lines = Files.readAllLines(DIR.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(FENCE + " example")) {
                String extension = line.substring(FENCE.length() + " example".length()).strip();
                StringBuilder md = new StringBuilder();
                StringBuilder html = new StringBuilder();
                int j = i + 1;
                for (; !lines.get(j).equals("."); j++) md.append(lines.get(j)).append('\n');
                for (j++; !lines.get(j).equals(FENCE); j++) html.append(lines.get(j)).append('\n');
                out.add(new Example(spec, out.size() + 1, section, extension, tabs(md), tabs(html)));
                i = j;
            } else if (line.startsWith("# ") || line.startsWith("## ")) {
                section = line.substring(line.indexOf(' ') + 1).strip();
            }
        }
        return out;
    }

    private static String tabs(StringBuilder sb) {
        return sb.toString().replace('\u2192', '\t');
    }
}
