package dev.handbook.search;

import java.util.Arrays;

/**
 * The term of each word one thread has met, looked up by the word's characters in a buffer. The
 * tokenizer meets every word of every page, nearly all of them seen before; looking one up by its
 * characters saves making a string of it, lower-casing that, hashing it and comparing it with the
 * string in a map shared by the threads (a seventh of a warm build's samples were in tokenizing).
 *
 * <p>Open addressing with linear probing, at most half full. Not thread-safe: one table per thread.
 */
final class WordTable {
    private char[][] words = new char[1024][];
    private String[] terms = new String[1024];
    private int[] hashes = new int[1024];
    private int size;

    /** The term of {@code chars[0, length)}, whose {@link #hash} is {@code hash}, or null when not met yet. */
    String get(char[] chars, int length, int hash) {
        int mask = words.length - 1;
        for (int i = spread(hash) & mask; words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && Arrays.equals(words[i], 0, words[i].length, chars, 0, length)) return terms[i];
        }
        return null;
    }

    /** Remembers the term of a word {@link #get} did not know; returns the term. */
    String put(char[] chars, int length, int hash, String term) {
        if (2 * (size + 1) > words.length) grow();
        insert(Arrays.copyOf(chars, length), hash, term);
        size++;
        return term;
    }

    /** The hash of a word as the tokenizer computes it while reading it: {@link String#hashCode}'s. */
    static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) h = 31 * h + chars[i];
        return h;
    }

    private void insert(char[] word, int hash, String term) {
        int mask = words.length - 1;
        int i = spread(hash) & mask;
        while (words[i] != null) i = (i + 1) & mask;
        words[i] = word;
        hashes[i] = hash;
        terms[i] = term;
    }

    private void grow() {
        char[][] oldWords = words;
        String[] oldTerms = terms;
        int[] oldHashes = hashes;
        words = new char[oldWords.length * 2][];
        terms = new String[oldWords.length * 2];
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
