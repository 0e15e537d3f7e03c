package dev.handbook.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every term of the edition with its postings: the pages it occurs in and a precomputed score per
 * page, so the browser only adds numbers. The score of term t in page d is
 *
 * <pre>
 *   max(idf(t), 1) × (2·[t in title] + 1·[t in a heading])
 *   + idf(t) × (0.6·[t in description, tags, type or key fields] + 0.3·[t in section path]
 *               + tf / (tf + k1·(1 − b + b·len/avglen)))
 * </pre>
 *
 * that is BM25 (k1 = 1.2, b = 0.75, with its idf) for the body text, whose part stays below 1, plus
 * field boosts: a title match always outranks body-only matches of the same term, and a heading
 * match outranks a body match of similar strength. Title and heading boosts keep an idf of at least
 * 1, so a word common in the body ("one") still lifts the page titled with it ("One-on-one").
 * Scores are stored as integers (×100).
 */
final class TermIndex {
    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double TITLE = 2.0;
    static final double HEADING = 1.0;
    static final double META = 0.6;
    static final double PATH = 0.3;
    /** Postings kept per term, best scores first: a term on every page gains nothing from the rest. */
    static final int MAX_POSTINGS = 3000;

    private static final int T = 0;
    private static final int H = 1;
    private static final int M = 2;
    private static final int P = 3;
    private static final int BODY = 4;

    /** One term of one page: which fields hold it, and how often the body does. */
    record DocTerms(Map<String, int[]> counts, int bodyLength) {
    }

    private TermIndex() {
    }

    static DocTerms count(SearchDoc doc) {
        Map<String, int[]> counts = new HashMap<>();
        add(counts, doc.title(), T);
        for (String h : doc.headings()) add(counts, h, H);
        add(counts, doc.meta(), M);
        for (String p : doc.path()) add(counts, p, P);
        int len = 0;
        for (var b : doc.blocks()) len += add(counts, b.text(), BODY);
        return new DocTerms(counts, len);
    }

    private static int add(Map<String, int[]> counts, String text, int field) {
        List<String> terms = Tokenizer.terms(text);
        for (String t : terms) counts.computeIfAbsent(t, k -> new int[5])[field]++;
        return terms.size();
    }

    /** Term to postings {@code [doc, score, doc, score, ...]} with ascending doc numbers. */
    static SortedMap<String, int[]> postings(List<DocTerms> docs) {
        int n = docs.size();
        double avg = Math.max(1, docs.stream().mapToLong(DocTerms::bodyLength).sum() / (double) Math.max(1, n));
        Map<String, List<int[]>> byTerm = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (Map.Entry<String, int[]> e : docs.get(d).counts().entrySet()) {
                byTerm.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[]{d});
            }
        }
        SortedMap<String, int[]> out = new TreeMap<>();
        for (Map.Entry<String, List<int[]>> e : byTerm.entrySet()) {
            String term = e.getKey();
            List<int[]> ds = e.getValue();
            double idf = Math.log(1 + (n - ds.size() + 0.5) / (ds.size() + 0.5));
            List<int[]> scored = new ArrayList<>(ds.size());
            for (int[] d : ds) {
                DocTerms dt = docs.get(d[0]);
                scored.add(new int[]{d[0], score(dt.counts().get(term), dt.bodyLength(), avg, idf)});
            }
            out.put(term, keepBest(scored));
        }
        return out;
    }

    static int score(int[] c, int len, double avg, double idf) {
        double tf = c[BODY];
        double body = tf == 0 ? 0 : tf / (tf + K1 * (1 - B + B * len / avg));
        double fields = Math.max(idf, 1) * (TITLE * sign(c[T]) + HEADING * sign(c[H]));
        double s = fields + idf * (META * sign(c[M]) + PATH * sign(c[P]) + body);
        return Math.max(1, (int) Math.round(s * 100));
    }

    private static int sign(int count) {
        return count > 0 ? 1 : 0;
    }

    private static int[] keepBest(List<int[]> scored) {
        if (scored.size() > MAX_POSTINGS) {
            scored.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            scored = new ArrayList<>(scored.subList(0, MAX_POSTINGS));
        }
        scored.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] flat = new int[scored.size() * 2];
        for (int i = 0; i < scored.size(); i++) {
            flat[2 * i] = scored.get(i)[0];
            flat[2 * i + 1] = scored.get(i)[1];
        }
        return flat;
    }
}
