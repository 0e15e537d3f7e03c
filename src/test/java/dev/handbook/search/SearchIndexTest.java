package dev.handbook.search;

import dev.handbook.TestSite;
import dev.handbook.model.Json;
import dev.handbook.model.OutputFile;
import dev.handbook.model.TextBlock;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.render.ResolvedSites;
import dev.handbook.resolve.ResolvedSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5: what the search index holds, how it is scored and split, and what it must leave out. */
class SearchIndexTest {
    private static SearchDoc doc(String title, String... body) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String b : body) blocks.add(new TextBlock("", "", b));
        return new SearchDoc(title.toLowerCase() + "/index.html", title, List.of(), List.of(), "", blocks);
    }

    /** The postings of {@code docs}, counted with one tokenizer, as a build counts them. */
    private static SortedMap<String, int[]> postings(List<SearchDoc> docs) {
        Tokenizer tokenizer = new Tokenizer();
        return TermIndex.postings(docs.stream().map(d -> TermIndex.count(d, tokenizer)).toList(), tokenizer);
    }

    private static Map<Integer, Integer> scores(SortedMap<String, int[]> postings, String term) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int[] p = postings.get(term);
        for (int i = 0; i < p.length; i += 2) out.put(p[i], p[i + 1]);
        return out;
    }

    @Test
    void aTitleMatchOutranksTheBodyThatRepeatsTheWord() {
        List<SearchDoc> docs = List.of(
                doc("Retrospective", "We look back at the sprint."),
                doc("Planning", "Retrospective retrospective retrospective: after every retrospective we plan."),
                doc("Demo", "Nothing to see."));
        Map<Integer, Integer> s = scores(postings(docs), "retrospect");
        assertEquals(List.of(0, 1), List.copyOf(s.keySet()));
        assertTrue(s.get(0) > s.get(1), "title above body: " + s);
    }

    @Test
    void bodyScoresFollowBm25TermFrequencyAndLength() {
        List<SearchDoc> docs = List.of(
                doc("A", "incident " + "filler ".repeat(200)),
                doc("B", "incident incident incident in a short page"),
                doc("C", "incident in a short page"),
                doc("D", "unrelated"));
        Map<Integer, Integer> s = scores(postings(docs), "incid");
        assertTrue(s.get(1) > s.get(2), "more occurrences score higher: " + s);
        assertTrue(s.get(2) > s.get(0), "the same count in a longer page scores lower: " + s);
        double idf = Math.log(1 + (4 - 3 + 0.5) / (3 + 0.5));
        assertTrue(s.get(1) < Math.round(idf * TermIndex.SCALE), "a body-only score stays below idf: " + s);
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        List<SearchDoc> docs = List.of(doc("A", "team escalation"), doc("B", "team"), doc("C", "team"));
        SortedMap<String, int[]> p = postings(docs);
        assertTrue(scores(p, "escal").get(0) > scores(p, "team").get(0));
    }

    @Test
    void termsAreSplitIntoSortedShardsThatTheManifestFinds() {
        SortedMap<String, int[]> postings = new TreeMap<>();
        for (int i = 0; i < 6000; i++) postings.put(String.format("w%05d", i * 7919 % 100000), new int[]{i % 50, 100});
        postings.put("alpha", new int[]{0, 5});
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 50; i++) docs.add(doc("Page " + i, "text " + i));
        List<OutputFile> files = IndexFiles.write(docs, postings);
        String manifest = text(files.get(0));
        assertTrue(manifest.matches("(?s)HandbookSearch\\.add\\(\"index\",\\{\"version\":3,\"build\":\"[0-9a-f]{16}\",\"docs\":50,\"per\":8,.*"),
                manifest.substring(0, 80));
        List<String> firsts = strings(between(manifest, "\"shards\":[", "]"));
        assertTrue(firsts.size() >= 3, "several shards: " + firsts);
        assertEquals("alpha", firsts.get(0));
        for (int s = 0; s < firsts.size(); s++) {
            String shard = text(file(files, "search-index/t/" + s + ".js"));
            assertTrue(shard.length() < IndexFiles.SHARD_BYTES + 200, "shard " + s + " stays small");
            Matcher m = Pattern.compile("\"(w\\d+|alpha)\":").matcher(shard);
            while (m.find()) assertEquals(s, IndexFiles.shardOf(firsts, m.group(1)), m.group(1) + " in shard " + s);
        }
        // "w" spans every shard but the first: the manifest lists its most frequent terms instead.
        assertTrue(manifest.contains("\"w\":[\"w"), manifest.substring(manifest.indexOf("complete")));
    }

    @Test
    void postingsArePackedAsGapsAndScoresInVarints() {
        SortedMap<String, int[]> postings = new TreeMap<>(Map.of("x", new int[]{3, 10, 7, 20, 8, 1000}));
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 9; i++) docs.add(doc("P" + i, "x"));
        List<OutputFile> files = IndexFiles.write(docs, postings);
        // gaps 3, 4, 1 and scores 10, 20, 1000 (= 8 + 31·32: a continued digit, then a final one)
        assertEquals("HandbookSearch.add(\"t/0\",{\"x\":\"DKEUBof\"});\n", text(file(files, "search-index/t/0.js")));
        String pages = page(file(files, "search-index/d/0.js"));
        assertTrue(pages.startsWith("HandbookSearch.add(\"d/0\",\"[[\"p0/index.html\",\"P0\",[],\"\",[[\"\",\"\",\"x\"]]],"
                + "[\"p1/index.html\",\"P1\",[],\"\",[[\"\",\"\",\"x\"]]],"), pages);
        assertTrue(pages.endsWith(",[\"p7/index.html\",\"P7\",[],\"\",[[\"\",\"\",\"x\"]]]]\");\n"), pages);
        assertTrue(page(file(files, "search-index/d/1.js")).startsWith("HandbookSearch.add(\"d/1\",\"[[\"p8/index.html\","));
        assertEquals(1 + 1 + 2, files.size(), "a manifest, a shard and a file for each 8 pages");
    }

    @Test
    void theManifestNamesItsBuildSoCachedShardsOfAnotherBuildAreNotUsed() {
        List<SearchDoc> docs = List.of(doc("A", "alpha"), doc("B", "beta"));
        SortedMap<String, int[]> postings = postings(docs);
        String one = text(IndexFiles.write(docs, postings).get(0));
        String same = text(IndexFiles.write(docs, postings).get(0));
        List<SearchDoc> edited = List.of(doc("A", "alpha"), doc("B", "gamma"));
        String other = text(IndexFiles.write(edited,
                postings(edited)).get(0));
        assertEquals(build(one), build(same));
        assertFalse(build(one).equals(build(other)), "an edit changes the build digest");
    }

    private static String build(String manifest) {
        return between(manifest, "\"build\":\"", "\"");
    }

    @Test
    void longPagesKeepTheStartOfTheirTextForSnippets() {
        SearchDoc big = new SearchDoc("big/index.html", "Big", List.of(), List.of(), "", List.of(
                new TextBlock("", "", "word ".repeat(3000)), new TextBlock("late", "Late", "tail ".repeat(3000))));
        String page = page(file(IndexFiles.write(List.of(big), new TreeMap<>()), "search-index/d/0.js"));
        assertTrue(page.length() < IndexFiles.PAGE_TEXT + 200, "capped: " + page.length());
        assertTrue(page.contains("[\"late\",\"Late\",\"tail"), "later headings keep their anchors");
    }

    @Test
    void anIndexKeptBetweenBuildsGivesTheBytesOfAFreshOneAndReusesFilesWhosePagesDidNotChange() {
        StringBuilder spec = new StringBuilder("-- content/index.md --\n# Home\n");
        for (int i = 0; i < 12; i++) {
            spec.append("-- content/p").append(i).append(".md --\n# Page ").append(i).append("\n\nWords of page ").append(i).append(".\n");
        }
        TestSite site = TestSite.of(spec.toString());
        SearchIndex kept = new SearchIndex();
        List<OutputFile> first = kept.files(ResolvedSites.of(site), () -> false);
        site.file("content/p9.md", "# Page 9\n\nWords of page 9, then rehearsed.\n");
        site.file("content/p99.md", "# Page 99\n\nA new page moves every page after it.\n");
        ResolvedSite edited = ResolvedSites.of(site);
        List<OutputFile> again = kept.files(edited, () -> false);
        assertEquals(texts(SearchIndex.build(edited)), texts(again));
        assertTrue(file(first, "search-index/d/0.js").bytes() == file(again, "search-index/d/0.js").bytes(),
                "the first eight pages, which did not change or move, keep their file");
        assertFalse(file(first, "search-index/d/1.js").bytes() == file(again, "search-index/d/1.js").bytes());
        assertEquals(texts(again), texts(kept.files(edited, () -> false)), "nothing changed: the same index");
    }

    @Test
    void workGivenUpLeavesTheKeptIndexAsItWas() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                Start here.
                """);
        SearchIndex kept = new SearchIndex();
        kept.files(ResolvedSites.of(site), () -> false);
        site.file("content/index.md", "# Home\n\nStart somewhere else.\n");
        ResolvedSite edited = ResolvedSites.of(site);
        assertThrows(java.util.concurrent.CancellationException.class, () -> kept.files(edited, () -> true));
        assertEquals(texts(SearchIndex.build(edited)), texts(kept.files(edited, () -> false)));
    }

    @Test
    void aBuildWritesEachFileOnceWithTheBytesOfTheWholeIndex() {
        StringBuilder spec = new StringBuilder("-- content/index.md --\n# Home\n\nSee [[p3]].\n");
        for (int i = 0; i < 40; i++) {
            spec.append("-- content/s").append(i % 3).append("/p").append(i).append(".md --\n# Page ").append(i)
                    .append("\n\nWords ").append(i).append(" about retros and incident number ").append(i * 7 % 11)
                    .append(".\n");
        }
        ResolvedSite site = ResolvedSites.of(TestSite.of(spec.toString()));
        Map<String, String> written = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
        int count = SearchIndex.write(site, f -> {
            handed.incrementAndGet();
            written.put(f.path(), text(f));
        });
        Map<String, String> whole = texts(SearchIndex.build(site));
        assertEquals(whole, new TreeMap<>(written), "same files, same bytes, manifest digest included");
        assertEquals(whole.size(), count);
        assertEquals(whole.size(), handed.get(), "each file handed over once");
    }

    /**
     * With a memo (the build cache), only pages it does not know are counted and only files of pages
     * it does not know are made, and the index is byte for byte the one made
     * afresh: after an edit of the last page, and after a new page that moves the others; with words
     * beyond ASCII and beyond the 16-bit plane.
     */
    @Test
    void whatAMemoKeptGivesTheBytesOfAnIndexMadeAfresh() {
        StringBuilder spec = new StringBuilder("""
                -- content/index.md --
                # Home

                Start at the runbooks.
                -- content/a.md --
                # Alpha

                Alpha reads the logs 🙂x and pages the on-call, café.
                """);
        for (int i = 0; i < 12; i++) {
            spec.append("-- content/p").append(10 + i).append(".md --\n# Page ").append(i).append("\n\nWords about retro ")
                    .append(i).append(".\n");
        }
        TestSite site = TestSite.of(spec.toString());
        Map<String, byte[]> kept = new java.util.concurrent.ConcurrentHashMap<>();
        Map<SearchMemo.Kind, java.util.concurrent.atomic.AtomicInteger> found = new java.util.concurrent.ConcurrentHashMap<>();
        SearchMemo memo = new SearchMemo() {
            @Override
            public java.util.Optional<byte[]> find(Kind kind, byte[] input) {
                java.util.Optional<byte[]> t = java.util.Optional.ofNullable(kept.get(kind + java.util.HexFormat.of().formatHex(input)));
                if (t.isPresent()) found.computeIfAbsent(kind, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                return t;
            }

            @Override
            public void keep(Kind kind, byte[] input, byte[] made) {
                kept.put(kind + java.util.HexFormat.of().formatHex(input), made);
            }
        };
        java.util.function.Function<SearchMemo.Kind, Integer> foundOf = k -> found.containsKey(k) ? found.get(k).get() : 0;
        ResolvedSite first = ResolvedSites.of(site);
        int pages = first.pages().size();
        int files = (pages + 7) / 8;
        assertEquals(texts(SearchIndex.build(first)), written(first, memo));
        assertEquals(0, foundOf.apply(SearchMemo.Kind.TERMS) + foundOf.apply(SearchMemo.Kind.FILE));
        assertEquals(pages + files, kept.size());
        assertEquals(texts(SearchIndex.build(first)), written(first, memo));
        assertEquals(pages, foundOf.apply(SearchMemo.Kind.TERMS), "every page's terms found");
        assertEquals(files, foundOf.apply(SearchMemo.Kind.FILE), "every file found");

        found.clear();
        site.file("content/p21.md", "# Page 11\n\nWords about retro 11, then rehearsal.\n");
        ResolvedSite edited = ResolvedSites.of(site);
        assertEquals(texts(SearchIndex.build(edited)), written(edited, memo));
        assertEquals(pages - 1, foundOf.apply(SearchMemo.Kind.TERMS), "all but the edited page's terms found");
        assertEquals(files - 1, foundOf.apply(SearchMemo.Kind.FILE), "the files of the other pages found");

        found.clear();
        site.file("content/aa.md", "# Aardvark\n\nA new page moves every page after it.\n");
        ResolvedSite moved = ResolvedSites.of(site);
        assertEquals(texts(SearchIndex.build(moved)), written(moved, memo));
        assertEquals(pages, foundOf.apply(SearchMemo.Kind.TERMS), "all but the new page's terms found, wherever they moved");
    }

    private static Map<String, String> written(ResolvedSite site, SearchMemo memo) {
        Map<String, String> out = new java.util.concurrent.ConcurrentHashMap<>();
        SearchIndex.write(site, f -> out.put(f.path(), text(f)), memo);
        return new TreeMap<>(out);
    }

    private static Map<String, String> texts(List<OutputFile> files) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : files) out.put(f.path(), text(f));
        return out;
    }

    @Test
    void textIsWrittenAsAsciiJavaScriptStrings() {
        StringBuilder sb = new StringBuilder();
        Json.ASCII.string(sb, "Café \"quoted\" </script>\n\u2028");
        assertEquals("\"Caf\\u00e9 \\\"quoted\\\" \\u003c/script>\\n\\u2028\"", sb.toString());
    }

    @Test
    void theBuildIndexesTitlesPathsHeadingsTagsAndKeyFields() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/runbooks/_index.md --
                # Runbooks
                -- content/roles/dba.md --
                ---
                type: role
                summary: Looks after the databases.
                ---
                -- content/runbooks/db-failover.md --
                ---
                title: Database failover
                type: runbook
                tags: [databases]
                service: Orders Postgres cluster
                trigger: Replication lag pages the on-call
                severity: SEV2
                owner: dba
                ---
                Intro.

                ## Promote the replica

                Run the promotion script.
                """);
        BuildResult r = site.build();
        assertTrue(r.written(), r.diagnostics().toString());
        String all = allIndexText(site);
        assertTrue(all.contains("[\"runbooks/db-failover/index.html\",\"Database failover\",[\"Runbooks\"],"), all);
        assertTrue(all.contains("Service: Orders Postgres cluster · Trigger: Replication lag pages the on-call"), all);
        assertTrue(all.contains("Type: runbook · Tags: databases"), all);
        assertTrue(all.contains("[\"promote-the-replica\",\"Promote the replica\",\"Run the promotion script.\"]"), all);
        for (String term : List.of("postgr", "replic", "lag", "databas", "runbook", "promot")) {
            assertTrue(all.contains("\"" + term + "\":\""), term);
        }
    }

    @Test
    void restrictedPagesAndBlocksStayOutOfTheWiderEditionsIndex() {
        String spec = """
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home

                Open words.

                ::: audience managers
                Zanzibarsecret salary bands.
                :::
                -- content/pay.md --
                ---
                title: Quokkapay review
                audience: managers
                ---
                Wombatconfidential figures.
                """;
        TestSite everyone = TestSite.of(spec);
        assertTrue(everyone.build().written());
        String open = allIndexText(everyone).toLowerCase();
        TestSite managers = TestSite.of(spec);
        assertTrue(managers.build(managers.options().withAudience("managers")).written());
        String closed = allIndexText(managers).toLowerCase();
        for (String word : List.of("zanzibarsecret", "quokkapai", "wombatconfidenti", "salari")) {
            assertFalse(open.contains(word), word + " leaked into the everyone edition's index");
            assertTrue(closed.contains(word), word + " is in the managers' edition's index");
        }
        assertTrue(open.contains("\"open\":\""));
    }

    @Test
    void theIndexIsTheSameWhateverTheThreadCount() {
        StringBuilder spec = new StringBuilder("-- content/index.md --\n# Home\n");
        for (int i = 0; i < 120; i++) {
            spec.append("-- content/s").append(i % 7).append("/p").append(i).append(".md --\n# Page ").append(i)
                    .append("\n\nWords ").append(i).append(" about incidents, reviews and retro number ")
                    .append(i * 31 % 17).append(".\n\n## Part ").append(i % 5).append("\n\nMore text ").append(i).append('\n');
        }
        TestSite one = TestSite.of(spec.toString());
        TestSite many = TestSite.of(spec.toString());
        assertTrue(one.build(one.options().withThreads(1)).written());
        assertTrue(many.build(many.options().withThreads(4)).written());
        Map<String, byte[]> a = indexFiles(one);
        Map<String, byte[]> b = indexFiles(many);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
    }

    private static Map<String, byte[]> indexFiles(TestSite site) {
        Path dir = site.out().resolve("search-index");
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(out.containsKey("index.js"), out.keySet().toString());
        return out;
    }

    private static String allIndexText(TestSite site) {
        StringBuilder sb = new StringBuilder();
        indexFiles(site).values().forEach(b -> sb.append(unescape(IndexText.of(b))));
        return sb.toString();
    }

    private static String unescape(String js) {
        Matcher m = Pattern.compile("\\\\u([0-9a-f]{4})").matcher(js);
        return m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
    }

    private static OutputFile file(List<OutputFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }

    /** A file of pages, inflated. */
    private static String page(OutputFile f) {
        return IndexText.of(f.bytes());
    }

    private static String text(OutputFile f) {
        return new String(f.bytes(), StandardCharsets.US_ASCII);
    }

    private static String between(String s, String start, String end) {
        int a = s.indexOf(start) + start.length();
        return s.substring(a, s.indexOf(end, a));
    }

    private static List<String> strings(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(list);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
