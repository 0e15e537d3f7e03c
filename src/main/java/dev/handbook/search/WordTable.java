package dev.handbook.search;

/**
 * The term of each word one thread has met, as its number in the {@link Vocabulary}, looked up by
 * the word's characters in a buffer. The tokenizer meets every word of every page, nearly all of
 * them seen before; looking one up by its characters saves making a string of it, lower-casing that,
 * hashing it and comparing it with the string in a map shared by the threads (a seventh of a warm
 * build's samples were in tokenizing), and a number lets a page's counts live in an array.
 *
 * <p>Open addressing with linear probing, at most half full. Not thread-safe: one table per thread.
 */
final class WordTable {
    /** What {@link #get} says of a word it has not met. */
    static final int UNKNOWN = Integer.MIN_VALUE;
    /** The term of a stop word: none. */
    static final int STOP = -1;

    private char[][] words = new char[1024][];
    private int[] terms = new int[1024];
    private int[] hashes = new int[1024];
    private int size;

    /** The term of {@code chars[0, length)}, whose {@link #hash} is {@code hash}: {@link #STOP}, or {@link #UNKNOWN} when not met yet. */
    int get(char[] chars, int length, int hash) {
        char[][] w = words;
        int mask = w.length - 1;
        for (int i = spread(hash) & mask; w[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && same(w[i], chars, length)) return terms[i];
        }
        return UNKNOWN;
    }

    /** Remembers the term of a word {@link #get} did not know; returns the term. */
    int put(char[] chars, int length, int hash, int term) {
        if (2 * (size + 1) > words.length) grow();
        insert(java.util.Arrays.copyOf(chars, length), hash, term);
        size++;
        return term;
    }

    /** The hash of a word as the tokenizer computes it while reading it: {@link String#hashCode}'s. */
    static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) h = 31 * h + chars[i];
        return h;
    }

    /** Words are short: a plain loop, where {@code Arrays.equals} calls out to a vectorised compare. */
    private static boolean same(char[] known, char[] chars, int length) {
        if (known.length != length) return false;
        for (int i = 0; i < length; i++) if (known[i] != chars[i]) return false;
        return true;
    }

    private void insert(char[] word, int hash, int term) {
        int mask = words.length - 1;
        int i = spread(hash) & mask;
        while (words[i] != null) i = (i + 1) & mask;
        words[i] = word;
        hashes[i] = hash;
        terms[i] = term;
    }

    private void grow() {
        char[][] oldWords = words;
        int[] oldTerms = terms;
        int[] oldHashes = hashes;
        words = new char[oldWords.length * 2][];
        terms = new int[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) insert(oldWords[i], oldHashes[i], oldTerms[i]);
        }
    }

    /** Mixes the high bits in: the low bits of a short word's hash alone cluster. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
