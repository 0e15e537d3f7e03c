package dev.handbook.search;

import java.util.Arrays;

/**
 * Reads the normalised words of a text one at a time, as {@link Tokenizer} defines them: each word
 * lower-cased (and, when not ASCII, decomposed and stripped of marks), and after a run of words
 * joined by single hyphens, their concatenation. Before stop words and stemming.
 *
 * <pre>{@code
 * reader.reset("On-call rota");
 * while (reader.next()) use(reader.chars(), reader.length(), reader.hash());  // on, call, oncall, rota
 * }</pre>
 *
 * <p>The text is copied into a buffer the reader keeps, and each word into another, so reading the
 * words of a page makes no objects (but for words outside ASCII). A loop over a
 * {@code char[]} with calls the JIT binds statically: the quick JIT of builds below 5,000 pages
 * neither inlines a callback per word nor removes the checks of {@code String.charAt}. Not
 * thread-safe: one reader per thread.
 */
final class WordReader {
    /** For each ASCII character, its lower case when it is a word character, else 0. */
    private static final char[] ASCII_WORD = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) ASCII_WORD[c] = c;
        for (char c = 'a'; c <= 'z'; c++) ASCII_WORD[c] = c;
        for (char c = 'A'; c <= 'Z'; c++) ASCII_WORD[c] = (char) (c + ('a' - 'A'));
    }

    private char[] text = new char[1024];
    private int end;
    private int at;
    private char[] word = new char[32];
    private int wordLength;
    private int wordHash;
    private char[] compound = new char[64];
    private int compoundLength;
    private int parts;
    /** Where the last word (or empty word) ended, -1 before the first. */
    private int lastEnd;
    /** A word was read that ended a run of joined words: the run's compound went first, the word is next. */
    private boolean wordWaiting;
    private boolean finished;
    // What next() found.
    private char[] chars;
    private int length;
    private int hash;

    /** Starts reading {@code s}. */
    void reset(String s) {
        end = s.length();
        if (end > text.length) text = new char[Math.max(end, 2 * text.length)];
        s.getChars(0, end, text, 0);
        at = 0;
        compoundLength = 0;
        parts = 0;
        lastEnd = -1;
        wordWaiting = false;
        finished = false;
    }

    /**
     * Moves to the next word or compound; false at the end of the text. A word of ASCII letters and
     * digits outside a run of hyphenated words, nearly every word, takes this method alone.
     */
    boolean next() {
        if (wordWaiting) {
            wordWaiting = false;
            return takeWord();
        }
        char[] t = text;
        int n = end;
        int i = at;
        while (true) {
            while (i < n) {
                char c = t[i];
                if (c < 0x80) {
                    if (ASCII_WORD[c] != 0) break;
                    i++;
                } else {
                    int cp = Character.codePointAt(t, i, n);
                    if (Tokenizer.isWordChar(cp)) break;
                    i += Character.charCount(cp);
                }
            }
            if (i >= n) {
                at = n;
                return lastCompound();
            }
            int start = i;
            boolean ascii = true;
            int len = 0;
            int h = 0;
            char[] w = word;
            while (i < n) {
                char c = t[i];
                if (c < 0x80) {
                    char lower = ASCII_WORD[c];
                    if (lower == 0) break;
                    if (len == w.length) w = word = Arrays.copyOf(w, 2 * len);
                    w[len++] = lower;
                    h = 31 * h + lower;
                    i++;
                } else {
                    int cp = Character.codePointAt(t, i, n);
                    if (!Tokenizer.isWordChar(cp)) break;
                    ascii = false;
                    i += Character.charCount(cp);
                }
            }
            at = i;
            if (ascii) {
                wordLength = len;
                wordHash = h;
            } else {
                normalise(start, i);
            }
            boolean joined = lastEnd >= 0 && start == lastEnd + 1 && t[lastEnd] == '-';
            lastEnd = i;
            if ((!joined || wordLength == 0) && parts > 0) {
                boolean hadCompound = parts > 1;
                int runLength = compoundLength;
                compoundLength = 0;
                parts = 0;
                if (hadCompound) {
                    found(compound, runLength, WordTable.hash(compound, runLength));
                    wordWaiting = wordLength > 0;
                    return true;
                }
            }
            if (wordLength == 0) continue;
            chars = word;
            length = wordLength;
            hash = wordHash;
            // Only a word that continues a run, or is followed by a hyphen, can be part of a compound.
            if (parts > 0 || i < n && t[i] == '-') addToRun();
            parts++;
            return true;
        }
    }

    /** At the end of the text: the compound of the last run, if it had two words or more. */
    private boolean lastCompound() {
        if (finished) return false;
        finished = true;
        if (parts < 2) return false;
        parts = 0;
        found(compound, compoundLength, WordTable.hash(compound, compoundLength));
        return true;
    }

    /** The characters of the word found, {@code [0, length)}; the reader's until the next call. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** The word's {@link WordTable#hash}. */
    int hash() {
        return hash;
    }

    /** The word {@code text[start, end)}, which is not all ASCII, normalised into {@link #word}. */
    private void normalise(int start, int end) {
        String normal = Tokenizer.normalise(new String(text, start, end - start));
        int len = normal.length();
        if (len > word.length) word = new char[len];
        normal.getChars(0, len, word, 0);
        wordLength = len;
        wordHash = normal.hashCode();
    }

    /** Hands out the word read that ended a run (after the run's compound), and starts a run with it. */
    private boolean takeWord() {
        found(word, wordLength, wordHash);
        if (at < end && text[at] == '-') addToRun();
        parts++;
        return true;
    }

    private void addToRun() {
        if (compoundLength + wordLength > compound.length) {
            compound = Arrays.copyOf(compound, 2 * (compoundLength + wordLength));
        }
        System.arraycopy(word, 0, compound, compoundLength, wordLength);
        compoundLength += wordLength;
    }

    private void found(char[] c, int len, int h) {
        chars = c;
        length = len;
        hash = h;
    }
}
