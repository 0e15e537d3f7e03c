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
 * <p>An instance keeps what each page gave (its terms, and the {@code d/N.js} file of its eight
 * neighbours) for the next {@link #files} call, which redoes only the pages whose text, title,
 * path or fields changed (and the files that hold them), then
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
    // What the last call indexed: docs and terms by page number, pages by file (d/N.js).
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
     * instead of returned. Each file of pages goes as soon as it is made, so only the terms of the
     * pages wait in memory for the term shards: holding every page's text until the end took
     * about 6 KB a page, 0.6 GB for 100,000 pages, at the build's peak. Returns how many files.
     */
    public static int write(ResolvedSite site, Consumer<OutputFile> out) {
        return write(site, out, SearchMemo.NONE);
    }

    /**
     * {@link #write(ResolvedSite, Consumer)}, counting the terms only of pages {@code memo} does not
     * know, and making only the files of pages it does not know.
     */
    public static int write(ResolvedSite site, Consumer<OutputFile> out, SearchMemo memo) {
        Tokenizer tokenizer = new Tokenizer();
        int n = site.pages().size();
        TermIndex.DocTerms[] terms = new TermIndex.DocTerms[n];
        long[] sums = new long[IndexFiles.files(n)];
        try (PageFiles files = new PageFiles(memo)) {
            IntStream.range(0, sums.length).parallel().forEach(f -> {
                List<SearchDoc> docs = IndexFiles.filePages(f, site.pages()).stream().map(p -> SearchDoc.of(site, p)).toList();
                List<byte[]> texts = memo == SearchMemo.NONE ? List.of() : docs.stream().map(SearchDoc::memoDigest).toList();
                for (int i = 0; i < docs.size(); i++) {
                    SearchDoc doc = docs.get(i);
                    terms[f * IndexFiles.PAGES_PER_FILE + i] = memo == SearchMemo.NONE ? TermIndex.count(doc, tokenizer)
                            : counted(doc, texts.get(i), tokenizer, memo);
                }
                OutputFile pages = files.file(f, docs, texts);
                sums[f] = IndexFiles.checksum(pages);
                out.accept(pages);
            });
        }
        List<OutputFile> rest = IndexFiles.manifestAndShards(n, sums, TermIndex.postings(Arrays.asList(terms), tokenizer));
        rest.forEach(out);
        return sums.length + rest.size();
    }

    /** The terms of {@code doc} as {@code memo} kept them, or counted (and kept) when it has none. */
    private static TermIndex.DocTerms counted(SearchDoc doc, byte[] text, Tokenizer tokenizer, SearchMemo memo) {
        Vocabulary vocabulary = tokenizer.vocabulary();
        java.util.Optional<TermIndex.DocTerms> kept = memo.find(SearchMemo.Kind.TERMS, text)
                .flatMap(b -> TermIndex.DocTerms.fromBytes(b, vocabulary));
        if (kept.isPresent()) return kept.get();
        TermIndex.DocTerms counted = TermIndex.count(doc, tokenizer);
        memo.keep(SearchMemo.Kind.TERMS, text, counted.toBytes(vocabulary));
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
        IntStream.range(0, now.size()).parallel().forEach(i -> {
            SearchDoc doc = now.get(i);
            if (i < docs.size() && docs.get(i).equals(doc)) {
                nowTerms[i] = terms.get(i);
                return;
            }
            stopIf(cancelled);
            Integer was = moved.get(doc);
            nowTerms[i] = was != null ? terms.get(was) : TermIndex.count(doc, tokenizer);
        });
        OutputFile[] nowPages = new OutputFile[IndexFiles.files(now.size())];
        try (PageFiles files = new PageFiles()) {
            IntStream.range(0, nowPages.length).parallel().forEach(f -> {
                List<SearchDoc> held = IndexFiles.filePages(f, now);
                if (f < pages.size() && IndexFiles.filePages(f, docs).equals(held)) {
                    nowPages[f] = pages.get(f);
                    return;
                }
                stopIf(cancelled);
                nowPages[f] = files.file(f, held);
            });
        }
        stopIf(cancelled);
        List<TermIndex.DocTerms> counted = Arrays.asList(nowTerms);
        SortedMap<String, int[]> postings = TermIndex.postings(counted, tokenizer);
        stopIf(cancelled);
        List<OutputFile> out = IndexFiles.withPages(Arrays.asList(nowPages), now.size(), postings);
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
