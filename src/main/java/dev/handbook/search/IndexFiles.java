package dev.handbook.search;

import dev.handbook.model.Json;
import dev.handbook.model.OutputFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Lays the index out as small JavaScript files, each a call {@code HandbookSearch.add(name, data)}:
 * a page opened from {@code file://} may not {@code fetch} files, but it may load scripts.
 *
 * <ul>
 *   <li>{@code index.js}: the manifest: page count, the first term of each term shard, and
 *       completions for short prefixes whose terms span many shards.</li>
 *   <li>{@code t/N.js}: a contiguous range of the sorted terms, each with its postings packed in a
 *       string (see {@link #pack}); a query loads only the shards of its terms.</li>
 *   <li>{@code d/N.js}: pages {@code N·8} to {@code N·8+7}, each {@code [url, title, [section path], meta,
 *       [[heading id, heading, text]...]]}, as one JSON array compressed with deflate and written in
 *       base64 (see {@link PageFiles}); loaded only when one of its pages is among the results shown,
 *       for its snippet and deep link.</li>
 * </ul>
 *
 * <p>Eight pages to a file, compressed, write an eighth of the files a page each did and a third of
 * the bytes; the first query of a fresh page loads about twice the bytes it did (pages shown
 * together are seldom neighbours), well within issue 5's 2 MB (see search-internals.md).
 */
final class IndexFiles {
    static final String DIR = "search-index/";
    static final int SHARD_BYTES = 16 * 1024;
    /** Text kept per page for snippets; ranking used all of it. Longer pages show snippets from their start. */
    static final int PAGE_TEXT = 16_000;
    static final int COMPLETIONS = 6;
    /** Pages to a {@code d/N.js} file: neighbours in reading order, so an edit rewrites one file. */
    static final int PAGES_PER_FILE = 8;
    /**
     * Deflate level of the files of pages. On the 10,000-page benchmark, level 1 shrinks them 3.24
     * times in 1.8 s of one thread, level 4 3.57 times in 4.4 s and level 6 3.59 times in 7.8 s (at
     * load 13; level 1 took 0.66 s at load 4): the build's time is worth more than 10% of the bytes
     * of the pages a query shows.
     */
    static final int LEVEL = 1;
    static final int VERSION = 3;
    /** Varint digits: the first 32 end a number, the last 32 carry 5 more bits. Safe in JSON and URLs. */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private IndexFiles() {
    }

    static List<OutputFile> write(List<SearchDoc> docs, SortedMap<String, int[]> postings) {
        try (PageFiles files = new PageFiles()) {
            List<OutputFile> pages = IntStream.range(0, files(docs.size())).mapToObj(f -> files.file(f, filePages(f, docs))).toList();
            return withPages(pages, docs.size(), postings);
        }
    }

    /**
     * Every file of the index: the manifest first, then the term shards, then {@code pages} (the
     * files {@link PageFiles#file} made, in order) of {@code docs} pages.
     */
    static List<OutputFile> withPages(List<OutputFile> pages, int docs, SortedMap<String, int[]> postings) {
        long[] sums = pages.parallelStream().mapToLong(IndexFiles::checksum).toArray();
        List<OutputFile> out = new ArrayList<>(manifestAndShards(docs, sums, postings));
        out.addAll(pages);
        return out;
    }

    /**
     * The manifest and the term shards of {@code docs} pages, whose files were written already:
     * {@code pageSums} holds the {@link #checksum} of each {@code d/N.js}, in order. A build hands
     * each file of pages on as soon as it is made, so the index of a large handbook is never all in memory.
     */
    static List<OutputFile> manifestAndShards(int docs, long[] pageSums, SortedMap<String, int[]> postings) {
        List<OutputFile> out = new ArrayList<>();
        List<String> shardFirst = termShards(postings, out);
        StringBuilder m = new StringBuilder(4096);
        m.append("{\"version\":").append(VERSION).append(",\"build\":\"").append(fingerprint(out, pageSums))
                .append("\",\"docs\":").append(docs)
                .append(",\"per\":").append(PAGES_PER_FILE).append(",\"shards\":");
        Json.ASCII.strings(m, shardFirst);
        m.append(",\"complete\":{");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : completions(postings, shardFirst).entrySet()) {
            if (!first) m.append(',');
            first = false;
            Json.ASCII.string(m, e.getKey()).append(':');
            Json.ASCII.strings(m, e.getValue());
        }
        m.append("}}");
        out.add(0, file("index", m));
        return out;
    }

    /**
     * A digest of the shard and page files. search.js asks for them as {@code t/3.js?v=<digest>}, so
     * a browser that cached the files of an earlier build never mixes them with this manifest (which
     * it loads uncached). The query part changes nothing on {@code file://}. It only has to change
     * when the files do, so two 32-bit checksums the JDK computes with CPU instructions do, over each
     * file's own {@link #checksum} in order; SHA-256 of all the index (85 MB for 10,000 pages) was a
     * serial step of the build, and each page's checksum is taken on the thread that made the page.
     */
    private static String fingerprint(List<OutputFile> shards, long[] pageSums) {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        byte[] sum = new byte[8];
        java.util.function.LongConsumer add = v -> {
            for (int i = 0; i < 8; i++) sum[i] = (byte) (v >>> (56 - 8 * i));
            crc.update(sum);
            crcC.update(sum);
        };
        for (OutputFile f : shards) add.accept(checksum(f));
        for (long v : pageSums) add.accept(v);
        return String.format("%08x%08x", crc.getValue(), crcC.getValue());
    }

    /** One file's path and content, as two 32-bit checksums in one number (see {@link #fingerprint}). */
    static long checksum(OutputFile f) {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        byte[] path = f.path().getBytes(StandardCharsets.UTF_8);
        for (Checksum c : List.<Checksum>of(crc, crcC)) {
            c.update(path);
            c.update(0); // where the path ends and the content starts
            c.update(f.bytes());
        }
        return crc.getValue() << 32 | crcC.getValue();
    }

    private static List<String> termShards(SortedMap<String, int[]> postings, List<OutputFile> out) {
        List<String> firsts = new ArrayList<>();
        StringBuilder shard = new StringBuilder(SHARD_BYTES + 1024);
        for (Map.Entry<String, int[]> e : postings.entrySet()) {
            if (shard.length() >= SHARD_BYTES) {
                out.add(file("t/" + (firsts.size() - 1), shard.append('}')));
                shard.setLength(0);
            }
            if (shard.length() == 0) {
                firsts.add(e.getKey());
                shard.append('{');
            } else {
                shard.append(',');
            }
            Json.ASCII.string(shard, e.getKey()).append(":\"");
            pack(shard, e.getValue());
            shard.append('"');
        }
        if (shard.length() > 0) out.add(file("t/" + (firsts.size() - 1), shard.append('}')));
        return firsts;
    }

    /**
     * Postings {@code [doc, score, ...]} (ascending docs) as text: for each, the gap to the previous
     * doc and the score, each a little-endian varint of 5-bit {@link #DIGITS}. Three or four
     * characters a posting instead of about ten as JSON numbers.
     */
    static void pack(StringBuilder sb, int[] postings) {
        int prev = 0;
        for (int i = 0; i < postings.length; i += 2) {
            varint(sb, postings[i] - prev);
            varint(sb, postings[i + 1]);
            prev = postings[i];
        }
    }

    private static void varint(StringBuilder sb, int v) {
        while (v >= 32) {
            sb.append(DIGITS.charAt(32 + (v & 31)));
            v >>>= 5;
        }
        sb.append(DIGITS.charAt(v));
    }

    /** The pages of {@code all} that file {@code d/N.js} holds. */
    static <T> List<T> filePages(int n, List<T> all) {
        return all.subList(Math.min(all.size(), n * PAGES_PER_FILE), Math.min(all.size(), (n + 1) * PAGES_PER_FILE));
    }

    /** How many {@code d/N.js} files {@code docs} pages take. */
    static int files(int docs) {
        return (docs + PAGES_PER_FILE - 1) / PAGES_PER_FILE;
    }

    /**
     * For each prefix whose terms span three shards or more, its most frequent terms: the browser
     * completes the word being typed from these instead of loading every shard of the range. A
     * prefix spanning three shards starts both of two consecutive shard boundaries, so only
     * prefixes of the boundaries' common prefixes need checking.
     */
    static SortedMap<String, List<String>> completions(SortedMap<String, int[]> postings, List<String> firsts) {
        TreeSet<String> candidates = new TreeSet<>();
        for (int i = 1; i + 1 < firsts.size(); i++) {
            String a = firsts.get(i);
            String b = firsts.get(i + 1);
            int l = 0;
            while (l < a.length() && l < b.length() && a.charAt(l) == b.charAt(l)) l++;
            for (int len = 1; len <= l; len++) candidates.add(a.substring(0, len));
        }
        SortedMap<String, List<String>> out = new TreeMap<>();
        for (String p : candidates) {
            String end = p + '\uffff';
            if (shardOf(firsts, end) - shardOf(firsts, p) < 2) continue;
            List<Map.Entry<String, int[]>> range = new ArrayList<>(postings.subMap(p, end).entrySet());
            range.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue().length)
                    .thenComparing(Map.Entry::getKey));
            out.put(p, range.stream().limit(COMPLETIONS).map(Map.Entry::getKey).toList());
        }
        return out;
    }

    /** The shard a term belongs in: the last whose first term is not after it. Same rule as search.js. */
    static int shardOf(List<String> firsts, String term) {
        int lo = 0;
        int hi = firsts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firsts.get(mid).compareTo(term) <= 0) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static OutputFile file(String name, StringBuilder data) {
        StringBuilder sb = new StringBuilder(data.length() + 48);
        sb.append("HandbookSearch.add(");
        Json.ASCII.string(sb, name).append(',').append(data).append(");\n");
        return new OutputFile(DIR + name + ".js", sb.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
