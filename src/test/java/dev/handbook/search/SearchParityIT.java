package dev.handbook.search;

import dev.handbook.browser.Browser;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5: the browser must turn a query into terms exactly as the build turned pages into terms,
 * or a word on a page could never be found. Runs the theme's search.js in headless Chromium on the
 * same word lists as {@link TokenizerTest}, and on every word of the example handbook.
 */
class SearchParityIT {
    private static final Path SITE = Path.of("target/it-search-parity").toAbsolutePath();
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        browser = Browser.start(800, 600);
        browser.open(SITE.resolve("index.html"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void searchJsGivesTheTermsOfTheSharedList() throws IOException {
        List<String[]> cases = TokenizerTest.lines("/search/terms.txt");
        List<String> texts = cases.stream().map(c -> c[0]).toList();
        List<?> got = (List<?>) browser.js("return arguments[0].map(t => HandbookSearch.terms(t).join(' '))", texts);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (!cases.get(i)[1].equals(got.get(i))) wrong.add(texts.get(i) + " gave '" + got.get(i) + "'");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void searchJsStemsEveryWordOfPortersVocabulary() throws IOException {
        List<String[]> voc = TokenizerTest.lines("/search/porter-voc.txt");
        List<?> wrong = (List<?>) browser.js("""
                const words = arguments[0], stems = arguments[1], wrong = [];
                for (let i = 0; i < words.length; i++) {
                  const s = HandbookSearch.stem(words[i]);
                  if (s !== stems[i]) wrong.push(words[i] + ' -> ' + s + ' (expected ' + stems[i] + ')');
                }
                return wrong;
                """, voc.stream().map(w -> w[0]).toList(), voc.stream().map(w -> w[1]).toList());
        assertEquals(List.of(), wrong);
        assertEquals(23531, voc.size());
    }

    // issue 24.3: the files of pages are deflated by the JDK's zlib and inflated by search.js
    @Test
    void searchJsInflatesWhatTheIndexDeflatesAtEveryLevelAndBlockType() {
        java.util.Random random = new java.util.Random(243);
        List<String> texts = new ArrayList<>();
        texts.add("");
        texts.add("a");
        texts.add("[\"one\",\"two\"]".repeat(5000)); // long runs: matches at the longest distance and length
        StringBuilder noise = new StringBuilder(); // incompressible: stored blocks at any level
        for (int i = 0; i < 70_000; i++) noise.append((char) (32 + random.nextInt(95)));
        texts.add(noise.toString());
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 20_000; i++) words.append(List.of("incident", "review", "on-call", "Caf\\u00e9").get(random.nextInt(4))).append(' ');
        texts.add(words.toString());
        List<String> packed = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            for (int level : new int[]{0, 1, IndexFiles.LEVEL, 9}) {
                packed.add(deflated(t, level));
                expected.add(t);
            }
        }
        List<?> got = (List<?>) browser.js("return arguments[0].map(b => HandbookSearch.inflate(b))", packed);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(got.get(i))) wrong.add("case " + i + " (" + expected.get(i).length() + " characters)");
        }
        assertEquals(List.of(), wrong);
        // and a file of pages as the index writes it (its deflater reused from the file before)
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            docs.add(new SearchDoc("p" + i + "/index.html", "Page " + i, List.of(), List.of(), "",
                    List.of(new dev.handbook.model.TextBlock("", "", words.substring(i * 1000, i * 1000 + 30_000)))));
        }
        try (PageFiles files = new PageFiles()) {
            for (int f = 0; f < 3; f++) {
                String file = new String(files.file(f, IndexFiles.filePages(f, docs)).bytes(), java.nio.charset.StandardCharsets.US_ASCII);
                String inflated = IndexText.of(file.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String json = inflated.substring(inflated.indexOf(",\"") + 2, inflated.lastIndexOf('"'));
                String base64 = file.substring(file.indexOf(",\"") + 2, file.lastIndexOf('"'));
                assertEquals(json, browser.js("return HandbookSearch.inflate(arguments[0])", base64), "d/" + f);
            }
        }
    }

    private static String deflated(String ascii, int level) {
        java.util.zip.Deflater d = new java.util.zip.Deflater(level, true);
        d.setInput(ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        d.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void everyLineOfTheExampleHandbookGivesTheSameTermsInJavaAndJavaScript() throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                for (String line : Files.readAllLines(f)) if (!line.isBlank()) lines.add(line);
            }
        }
        List<String> texts = List.copyOf(lines);
        assertTrue(texts.size() > 500, "the example handbook has text: " + texts.size());
        List<?> js = (List<?>) browser.js("return arguments[0].map(t => HandbookSearch.terms(t).join(' '))", texts);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String java = String.join(" ", Tokenizer.terms(texts.get(i)));
            if (!java.equals(js.get(i))) wrong.add(texts.get(i) + "\n  java: " + java + "\n  js:   " + js.get(i));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void wordsOfEveryScriptNormaliseAlike() {
        List<String> texts = List.of("Ünïcödé ÀÉÎÕÜ ǅ ﬀ ㎏ ① Ⅻ ½ ²", "Ελληνικά ΣΊΣΥΦΟΣ", "Кириллица ЁЖ", "עִבְרִית",
                "العربية", "देवनागरी", "한국어", "😀 emoji-text", "tab\tand\u00a0nbsp", "İıŞş", "ǈǋǲ");
        List<?> js = (List<?>) browser.js("return arguments[0].map(t => HandbookSearch.terms(t).join(' '))", texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(String.join(" ", Tokenizer.terms(texts.get(i))), js.get(i), texts.get(i));
        }
    }

    @Test
    void searchJsUnpacksThePostingsTheBuildPacked() {
        java.util.Random random = new java.util.Random(5);
        List<List<Integer>> expected = new ArrayList<>();
        List<String> packed = new ArrayList<>();
        for (int n : new int[]{0, 1, 2, 50, 2000}) {
            int[] postings = new int[n * 2];
            int doc = 0;
            for (int i = 0; i < n; i++) {
                doc += 1 + random.nextInt(i % 7 == 0 ? 100_000 : 40);
                postings[2 * i] = doc;
                postings[2 * i + 1] = 1 + random.nextInt(i % 5 == 0 ? 1_000_000 : 900);
            }
            StringBuilder sb = new StringBuilder();
            IndexFiles.pack(sb, postings);
            packed.add(sb.toString());
            expected.add(java.util.Arrays.stream(postings).boxed().toList());
        }
        List<?> got = (List<?>) browser.js("return arguments[0].map(p => HandbookSearch.unpack(p))", packed);
        for (int i = 0; i < expected.size(); i++) {
            List<Long> js = ((List<?>) got.get(i)).stream().map(o -> ((Number) o).longValue()).toList();
            assertEquals(expected.get(i).stream().map(Integer::longValue).toList(), js, "list " + i);
        }
    }
}
