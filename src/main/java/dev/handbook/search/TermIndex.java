package dev.handbook.search;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

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
 * Scores are stored as integers in steps of 1/{@value #SCALE}.
 */
final class TermIndex {
    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double TITLE = 2.0;
    static final double HEADING = 1.0;
    static final double META = 0.6;
    static final double PATH = 0.3;
    /** Scores are stored as integers in steps of 1/SCALE: fine enough to order pages, short to write. */
    static final int SCALE = 20;
    /**
     * Postings kept per term, best scores first. A word on thousands of pages has a low idf and
     * only its best pages can reach the first results; the rest would cost bytes at every query.
     */
    static final int MAX_POSTINGS = 2000;

    // Which fields of a page hold a term: bits of its packed count, below the body's count.
    private static final int T = 1;
    private static final int H = 2;
    private static final int M = 4;
    private static final int P = 8;
    private static final int FIELD_BITS = 4;
    /** One more occurrence in the body, added to a packed count. */
    static final int ONE_IN_BODY = 1 << FIELD_BITS;

    /**
     * The terms of one page, by their numbers in the tokenizer's {@link Vocabulary}, each with its
     * packed count: {@code tf << 4 | fields}, the number of times the body holds it and one bit per
     * other field that does (title, heading, meta, path). Kept compact because {@code handbook
     * serve} keeps one per page between builds.
     */
    record DocTerms(int[] terms, int[] counts, int bodyLength) {
        /**
         * The terms as bytes for a {@link SearchMemo}: how many, the body's length, then each term
         * (its length and UTF-16 units, so any string comes back) and its count. The terms are
         * written as words, not as numbers: numbers differ from build to build.
         */
        byte[] toBytes(Vocabulary vocabulary) {
            String[] words = new String[terms.length];
            int size = 8;
            for (int i = 0; i < terms.length; i++) {
                words[i] = vocabulary.term(terms[i]);
                size += 8 + 2 * words[i].length();
            }
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size).putInt(terms.length).putInt(bodyLength);
            for (int i = 0; i < terms.length; i++) {
                String t = words[i];
                out.putInt(t.length());
                for (int c = 0; c < t.length(); c++) out.putChar(t.charAt(c));
                out.putInt(counts[i]);
            }
            return out.array();
        }

        /**
         * The terms of {@link #toBytes}, each by its number in {@code vocabulary} (given one if it
         * has none); empty when the bytes make none.
         */
        static java.util.Optional<DocTerms> fromBytes(byte[] bytes, Vocabulary vocabulary) {
            try {
                java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
                int n = in.getInt();
                int bodyLength = in.getInt();
                if (n < 0 || n > bytes.length / 8 || bodyLength < 0) return java.util.Optional.empty();
                int[] terms = new int[n];
                int[] counts = new int[n];
                for (int i = 0; i < n; i++) {
                    int len = in.getInt();
                    if (len < 0 || 2L * len > in.remaining()) return java.util.Optional.empty();
                    char[] chars = new char[len];
                    for (int c = 0; c < len; c++) chars[c] = in.getChar();
                    terms[i] = vocabulary.number(new String(chars));
                    counts[i] = in.getInt();
                }
                return in.hasRemaining() ? java.util.Optional.empty() : java.util.Optional.of(new DocTerms(terms, counts, bodyLength));
            } catch (java.nio.BufferUnderflowException e) {
                return java.util.Optional.empty();
            }
        }
    }

    private TermIndex() {
    }

    static DocTerms count(SearchDoc doc, Tokenizer tokenizer) {
        TermReader reader = tokenizer.reader();
        reader.count(doc.title(), T);
        for (String h : doc.headings()) reader.count(h, H);
        reader.count(doc.meta(), M);
        for (String p : doc.path()) reader.count(p, P);
        int len = 0;
        for (var b : doc.blocks()) len += reader.count(b.text(), 0);
        return reader.page(len);
    }

    /**
     * Term to postings {@code [doc, score, doc, score, ...]} with ascending doc numbers, for pages
     * whose terms {@code tokenizer} counted.
     */
    static SortedMap<String, int[]> postings(List<DocTerms> docs, Tokenizer tokenizer) {
        int n = docs.size();
        double avg = Math.max(1, docs.stream().mapToLong(DocTerms::bodyLength).sum() / (double) Math.max(1, n));
        String[] names = tokenizer.vocabulary().terms();
        Occurrences[] byTerm = new Occurrences[names.length];
        for (int d = 0; d < n; d++) {
            DocTerms doc = docs.get(d);
            int[] terms = doc.terms();
            int[] counts = doc.counts();
            for (int i = 0; i < terms.length; i++) {
                Occurrences o = byTerm[terms[i]];
                if (o == null) byTerm[terms[i]] = o = new Occurrences();
                o.add(d, counts[i]);
            }
        }
        // Each term's scores depend on nothing but its own occurrences: score the terms in parallel.
        int[][] scored = new int[names.length][];
        IntStream.range(0, names.length).parallel().forEach(t -> {
            if (byTerm[t] != null) scored[t] = byTerm[t].score(n, docs, avg);
        });
        SortedMap<String, int[]> out = new TreeMap<>();
        for (int t = 0; t < names.length; t++) if (scored[t] != null) out.put(names[t], scored[t]);
        return out;
    }

    /** The pages one term occurs in, in page order, with its counts there. */
    private static final class Occurrences {
        int size;
        int[] docs = new int[4];
        int[] counts = new int[4];

        void add(int doc, int c) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            docs[size] = doc;
            counts[size++] = c;
        }

        int[] score(int n, List<DocTerms> all, double avg) {
            double idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
            int[] scores = new int[size];
            for (int i = 0; i < size; i++) scores[i] = TermIndex.score(counts[i], all.get(docs[i]).bodyLength(), avg, idf);
            return keepBest(docs, scores, size);
        }
    }

    /** The score of a term in a page from its packed count ({@link DocTerms}). */
    static int score(int c, int len, double avg, double idf) {
        double tf = c >>> FIELD_BITS;
        double body = tf == 0 ? 0 : tf / (tf + K1 * (1 - B + B * len / avg));
        double fields = Math.max(idf, 1) * (TITLE * in(c, T) + HEADING * in(c, H));
        double s = fields + idf * (META * in(c, M) + PATH * in(c, P) + body);
        return Math.max(1, (int) Math.round(s * SCALE));
    }

    private static int in(int count, int field) {
        return (count & field) != 0 ? 1 : 0;
    }

    /**
     * The best {@link #MAX_POSTINGS} postings (highest score, then earliest page) as {@code [doc,
     * score, ...]} by ascending doc; {@code docs} ascend. Scores are small integers, so instead of
     * sorting, counting them finds the lowest score kept and how many pages with it fit.
     */
    private static int[] keepBest(int[] docs, int[] scores, int size) {
        int lowest = 0;
        int ofLowest = size;
        if (size > MAX_POSTINGS) {
            int max = 0;
            for (int i = 0; i < size; i++) max = Math.max(max, scores[i]);
            int[] withScore = new int[max + 1];
            for (int i = 0; i < size; i++) withScore[scores[i]]++;
            int above = 0;
            lowest = max;
            while (above + withScore[lowest] < MAX_POSTINGS) above += withScore[lowest--];
            ofLowest = MAX_POSTINGS - above;
        }
        int[] flat = new int[Math.min(size, MAX_POSTINGS) * 2];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (scores[i] < lowest || scores[i] == lowest && ofLowest-- <= 0) continue;
            flat[k++] = docs[i];
            flat[k++] = scores[i];
        }
        return flat;
    }
}
