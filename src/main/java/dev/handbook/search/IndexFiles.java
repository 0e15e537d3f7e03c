package dev.handbook.search;

import dev.handbook.model.OutputFile;
import dev.handbook.model.TextBlock;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays the index out as small JavaScript files, each a call {@code HandbookSearch.add(name, data)}:
 * a page opened from {@code file://} may not {@code fetch} files, but it may load scripts.
 *
 * <ul>
 *   <li>{@code index.js}: the manifest: page count, the first term of each term shard, the first page
 *       of each page chunk, and completions for short prefixes whose terms span many shards.</li>
 *   <li>{@code t/N.js}: a contiguous range of the sorted terms with their postings
 *       {@code [page, score, page-delta, score, ...]}; a query loads only the shards of its terms.</li>
 *   <li>{@code d/N.js}: pages {@code [url, title, [section path], meta, [[heading id, heading, text]...]]},
 *       loaded for the results shown, to draw snippets and pick the heading to link to.</li>
 * </ul>
 */
final class IndexFiles {
    static final String DIR = "search-index/";
    static final int SHARD_BYTES = 40 * 1024;
    static final int CHUNK_BYTES = 24 * 1024;
    static final int COMPLETIONS = 6;
    static final int VERSION = 1;

    private IndexFiles() {
    }

    static List<OutputFile> write(List<SearchDoc> docs, SortedMap<String, int[]> postings) {
        List<OutputFile> out = new ArrayList<>();
        List<String> shardFirst = termShards(postings, out);
        List<Integer> chunkFirst = docChunks(docs, out);
        StringBuilder m = new StringBuilder(4096);
        m.append("{\"version\":").append(VERSION).append(",\"docs\":").append(docs.size()).append(",\"chunks\":");
        Js.ints(m, chunkFirst.stream().mapToInt(Integer::intValue).toArray());
        m.append(",\"shards\":");
        Js.strings(m, shardFirst);
        m.append(",\"complete\":{");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : completions(postings, shardFirst).entrySet()) {
            if (!first) m.append(',');
            first = false;
            Js.string(m, e.getKey()).append(':');
            Js.strings(m, e.getValue());
        }
        m.append("}}");
        out.add(0, file("index", m));
        return out;
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
            Js.string(shard, e.getKey()).append(':');
            Js.ints(shard, deltas(e.getValue()));
        }
        if (shard.length() > 0) out.add(file("t/" + (firsts.size() - 1), shard.append('}')));
        return firsts;
    }

    private static int[] deltas(int[] postings) {
        int[] d = postings.clone();
        for (int i = d.length - 2; i >= 2; i -= 2) d[i] -= d[i - 2];
        return d;
    }

    private static List<Integer> docChunks(List<SearchDoc> docs, List<OutputFile> out) {
        List<Integer> firsts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder(CHUNK_BYTES + 4096);
        for (int i = 0; i < docs.size(); i++) {
            if (chunk.length() >= CHUNK_BYTES) {
                out.add(file("d/" + (firsts.size() - 1), chunk.append(']')));
                chunk.setLength(0);
            }
            if (chunk.length() == 0) {
                firsts.add(i);
                chunk.append('[');
            } else {
                chunk.append(',');
            }
            doc(chunk, docs.get(i));
        }
        if (chunk.length() > 0) out.add(file("d/" + (firsts.size() - 1), chunk.append(']')));
        return firsts;
    }

    private static void doc(StringBuilder sb, SearchDoc d) {
        sb.append('[');
        Js.string(sb, d.url()).append(',');
        Js.string(sb, d.title()).append(',');
        Js.strings(sb, d.path()).append(',');
        Js.string(sb, d.meta()).append(",[");
        List<TextBlock> blocks = d.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) sb.append(',');
            TextBlock b = blocks.get(i);
            sb.append('[');
            Js.string(sb, b.headingId()).append(',');
            Js.string(sb, b.heading()).append(',');
            Js.string(sb, b.text().replaceAll("\\s+", " ")).append(']');
        }
        sb.append("]]");
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
        Js.string(sb, name).append(',').append(data).append(");\n");
        return new OutputFile(DIR + name + ".js", sb.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
