package dev.handbook.search;

import java.util.Arrays;

/**
 * One thread's reading of texts into terms: their words through a {@link WordReader}, each word's
 * term (by its number in the tokenizer's {@link Vocabulary}) through the thread's {@link WordTable},
 * and the counts of a page's terms in arrays indexed by term, kept until {@link #page} hands them
 * out. A page's counts thus cost no map and no object per term.
 *
 * <pre>{@code
 * TermReader r = tokenizer.reader();
 * r.count(doc.title(), TermIndex.TITLE_BIT);  // ... each field of the page
 * TermIndex.DocTerms terms = r.page(bodyWords);
 * }</pre>
 *
 * Not thread-safe: {@link Tokenizer#reader} gives each thread its own.
 */
final class TermReader {
    private final Tokenizer tokenizer;
    private final WordReader words = new WordReader();
    private final WordTable known = new WordTable();
    /** The packed count ({@link TermIndex.DocTerms}) of each term on the page being counted; 0 for none. */
    private int[] counts = new int[4096];
    /** The terms whose count is not 0, in the order the page met them. */
    private int[] met = new int[512];
    private int metSize;

    TermReader(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Starts reading the terms of {@code text}, for {@link #next}. */
    void reset(String text) {
        words.reset(text);
    }

    /** The number of the next term of the text, stop words left out; -1 at its end. */
    int next() {
        while (words.next()) {
            char[] chars = words.chars();
            int length = words.length();
            int hash = words.hash();
            int term = known.get(chars, length, hash);
            if (term == WordTable.UNKNOWN) term = known.put(chars, length, hash, tokenizer.number(new String(chars, 0, length)));
            if (term != WordTable.STOP) return term;
        }
        return -1;
    }

    /**
     * Counts the terms of {@code text} on the page being counted: adds one to the body's count of
     * each when {@code field} is 0, else sets that field's bit. Returns how many terms it read.
     */
    int count(String text, int field) {
        reset(text);
        int n = 0;
        for (int term = next(); term >= 0; term = next()) {
            if (term >= counts.length) counts = Arrays.copyOf(counts, Math.max(term + 1, 2 * counts.length));
            int c = counts[term];
            if (c == 0) {
                if (metSize == met.length) met = Arrays.copyOf(met, 2 * metSize);
                met[metSize++] = term;
            }
            counts[term] = field == 0 ? c + TermIndex.ONE_IN_BODY : c | field;
            n++;
        }
        return n;
    }

    /** The terms the page counted, with {@code bodyLength}; starts the next page. */
    TermIndex.DocTerms page(int bodyLength) {
        int[] terms = Arrays.copyOf(met, metSize);
        int[] packed = new int[metSize];
        for (int i = 0; i < metSize; i++) {
            packed[i] = counts[terms[i]];
            counts[terms[i]] = 0;
        }
        metSize = 0;
        return new TermIndex.DocTerms(terms, packed, bodyLength);
    }
}
