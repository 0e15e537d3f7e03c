package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.Body;
import dev.handbook.model.Heading;
import dev.handbook.model.Link;
import dev.handbook.model.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything the Markdown stage produces for a page (HTML with holes, headings, links, search text,
 * diagnostics), compared with a checked-in file. The expected files were written by the parser as it
 * was before the performance work of issue 8 (Flexmark's admonition and autolink extensions), so they
 * pin the output of our own admonition parser and the autolink shortcut to the old bytes.
 * Run {@code mvn test -Dgolden.update=true} to rewrite them, and review the diff like code.
 */
class MarkdownGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/markdown-golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pageParsesAsRecorded(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".md"));
        String actual = describe(new DocumentParser(new ParseSettings(List.of("everyone", "managers"), "everyone",
                RawHtmlPolicy.SANITIZE)).parsePage("ways/" + name + ".md", "content/ways/" + name + ".md", text));
        Path expectedFile = DIR.resolve(name + ".expected.txt");
        if (UPDATE) Files.writeString(expectedFile, actual);
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile + ": run mvn test -Dgolden.update=true");
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
    }

    @Test
    void oneParserSharedByThreadsGivesEveryPageItsRecordedOutput() throws Exception {
        // The build parses on several threads with one parser, and the parser shares some of
        // Flexmark's per-page helpers between pages (the table finder of Tables).
        DocumentParser shared = new DocumentParser(new ParseSettings(List.of("everyone", "managers"), "everyone",
                RawHtmlPolicy.SANITIZE));
        List<String> names = cases().toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 40; round++) {
                for (String name : names) {
                    String text = Files.readString(DIR.resolve(name + ".md"));
                    results.add(pool.submit(() -> describe(shared.parsePage("ways/" + name + ".md",
                            "content/ways/" + name + ".md", text))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                String name = names.get(i % names.size());
                assertEquals(Files.readString(DIR.resolve(name + ".expected.txt"), StandardCharsets.UTF_8),
                        results.get(i).get(), name);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyExpectedFileHasItsInput() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".expected.txt")) {
                    String input = n.substring(0, n.length() - ".expected.txt".length()) + ".md";
                    assertTrue(Files.exists(DIR.resolve(input)), "stale expected file " + n + ": no " + input);
                }
            }
        }
    }

    private static String describe(Staged<ParsedPage> parsed) {
        StringBuilder sb = new StringBuilder();
        Body b = parsed.value().body();
        sb.append(b.html().replace(Body.OPEN, '\u2039').replace(Body.CLOSE, '\u203a')
                .replace(Body.TITLE, '\u00b6').replace(Body.END, '|'));
        sb.append("-- headings --\n");
        for (Heading h : b.headings()) sb.append(h.level()).append(' ').append(h.id()).append(' ').append(h.text())
                .append(" @").append(h.pos()).append('\n');
        sb.append("-- links --\n");
        for (Link l : b.links()) sb.append(l).append('\n');
        sb.append("-- text --\n");
        for (TextBlock t : b.text()) sb.append('[').append(t.headingId()).append("] ").append(t.text()).append('\n');
        sb.append("-- ids --\n").append(b.ids().stream().sorted().toList()).append('\n');
        sb.append("-- raw html: ").append(b.rawHtml()).append('\n');
        sb.append("-- diagnostics --\n");
        for (Diagnostic d : parsed.diagnostics()) sb.append(d.headline()).append('\n');
        return sb.toString();
    }
}
