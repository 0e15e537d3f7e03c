package dev.handbook.search;

import dev.handbook.model.OutputFile;
import dev.handbook.resolve.ResolvedSite;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Builds the search index of an edition: every page the edition contains, with its title, section
 * path, headings and their anchors, description, tags, type, the key fields of typed pages and its
 * body text. The files go under {@code search-index/} and are loaded by the theme's
 * {@code assets/search.js} with script tags, so search works from {@code file://} and offline.
 *
 * <pre>{@code
 * int files = SearchIndex.write(site, f -> staging.put(f, "(generated) " + f.path()));  // a build
 * List<OutputFile> all = SearchIndex.build(site);                                       // the same files, in a list
 * }</pre>
 *
 * The output depends only on the site: pages in reading order, terms sorted, no hash order.
 *
 * <p>An instance keeps what each page gave (its terms and its {@code d/N.js} file) for the next
 * {@link #files} call, which redoes only the pages whose text, title, path or fields changed, then
 * scores every term again (an edit changes the average page length, which every body score reads)
 * and lays out the shards and the manifest. {@code handbook serve} keeps one per edition, so a saved
 * page costs its own words, not the site's.
 *
 * <pre>{@code
 * SearchIndex index = new SearchIndex();
 * List<OutputFile> before = index.files(site, () -> false);
 * List<OutputFile> after = index.files(edited, () -> false);  // same bytes as SearchIndex.build(edited)
 * }</pre>
 */
public final class SearchIndex {
    /** The folder of the index in the site, for the theme and tests. */
    public static final String DIR = IndexFiles.DIR;

    private final Tokenizer tokenizer = new Tokenizer();
    // What the last call indexed, by page number.
    private List<SearchDoc> docs = List.of();
    private List<TermIndex.DocTerms> terms = List.of();
    private List<OutputFile> pages = List.of();

    /** An index that remembers nothing yet. */
    public SearchIndex() {
    }

    public static List<OutputFile> build(ResolvedSite site) {
        return new SearchIndex().files(site, () -> false);
    }

    /**
     * What a build writes: the files of {@link #build}, handed to {@code out} (from many threads)
     * instead of returned. Each page's file goes as soon as it is made, so only the terms of the
     * pages wait in memory for the term shards: holding every page's file until the end took
     * about 6 KB a page, 0.6 GB for 100,000 pages, at the build's peak. Returns how many files.
     */
    public static int write(ResolvedSite site, Consumer<OutputFile> out) {
        return write(site, out, TermsMemo.NONE);
    }

    /** {@link #write(ResolvedSite, Consumer)}, counting only the pages whose text {@code memo} does not know. */
    public static int write(ResolvedSite site, Consumer<OutputFile> out, TermsMemo memo) {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, String> words = new java.util.concurrent.ConcurrentHashMap<>();
        int n = site.pages().size();
        TermIndex.DocTerms[] terms = new TermIndex.DocTerms[n];
        long[] sums = new long[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            SearchDoc doc = SearchDoc.of(site, site.pages().get(i));
            terms[i] = memo == TermsMemo.NONE ? TermIndex.count(doc, tokenizer) : counted(doc, tokenizer, memo, words);
            OutputFile page = IndexFiles.page(i, doc);
            sums[i] = IndexFiles.checksum(page);
            out.accept(page);
        });
        List<OutputFile> rest = IndexFiles.manifestAndShards(sums, TermIndex.postings(Arrays.asList(terms)));
        rest.forEach(out);
        return n + rest.size();
    }

    /** The terms of {@code doc} as {@code memo} kept them, or counted (and kept) when it has none. */
    private static TermIndex.DocTerms counted(SearchDoc doc, Tokenizer tokenizer, TermsMemo memo,
                                              Map<String, String> words) {
        byte[] text = doc.countedText();
        java.util.Optional<TermIndex.DocTerms> kept = memo.find(text).flatMap(b -> TermIndex.DocTerms.fromBytes(b, words));
        if (kept.isPresent()) return kept.get();
        TermIndex.DocTerms counted = TermIndex.count(doc, tokenizer);
        memo.keep(text, counted.toBytes());
        return counted;
    }

    /**
     * The index files of {@code site}, reusing the work of pages that are as they were in the last
     * call. Between steps, and between pages, asks {@code cancelled}; when it says yes, stops with a
     * {@link CancellationException} and remembers what it had before the call. One call at a time.
     */
    public synchronized List<OutputFile> files(ResolvedSite site, BooleanSupplier cancelled) {
        List<SearchDoc> now = site.pages().parallelStream().map(p -> SearchDoc.of(site, p)).toList();
        stopIf(cancelled);
        Map<SearchDoc, Integer> moved = moved(now);
        TermIndex.DocTerms[] nowTerms = new TermIndex.DocTerms[now.size()];
        OutputFile[] nowPages = new OutputFile[now.size()];
        IntStream.range(0, now.size()).parallel().forEach(i -> {
            SearchDoc doc = now.get(i);
            if (i < docs.size() && docs.get(i).equals(doc)) {
                nowTerms[i] = terms.get(i);
                nowPages[i] = pages.get(i);
                return;
            }
            stopIf(cancelled);
            Integer was = moved.get(doc);
            nowTerms[i] = was != null ? terms.get(was) : TermIndex.count(doc, tokenizer);
            nowPages[i] = IndexFiles.page(i, doc);
        });
        stopIf(cancelled);
        List<TermIndex.DocTerms> counted = Arrays.asList(nowTerms);
        SortedMap<String, int[]> postings = TermIndex.postings(counted);
        stopIf(cancelled);
        List<OutputFile> out = IndexFiles.withPages(Arrays.asList(nowPages), postings);
        docs = now;
        terms = List.copyOf(counted);
        pages = List.of(nowPages);
        return out;
    }

    /** The page numbers of the last call's pages that are no longer at the same number, by what they hold. */
    private Map<SearchDoc, Integer> moved(List<SearchDoc> now) {
        Map<SearchDoc, Integer> out = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            if (i >= now.size() || !docs.get(i).equals(now.get(i))) out.putIfAbsent(docs.get(i), i);
        }
        return out;
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) throw new CancellationException("a newer build superseded this index");
    }
}
