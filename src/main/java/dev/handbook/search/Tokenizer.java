package dev.handbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns text into search terms, exactly as the theme's {@code search.js} turns a query into terms.
 * The two must agree character for character, so the rules are few and written down here:
 *
 * <ol>
 *   <li>A word is a run of letters, digits and combining marks ({@code [\p{L}\p{N}\p{M}]+}).</li>
 *   <li>Each word is decomposed (NFKD), lower-cased, and stripped of everything that is not a
 *       letter or digit, so "Café", "CAFE" and "café" are all {@code cafe}.</li>
 *   <li>Words joined by single hyphens also give their concatenation: "on-call" gives
 *       {@code on}, {@code call} and {@code oncall}.</li>
 *   <li>A word that is a number from 0 to 10 becomes its English name, stemmed like any word, so "1:1"
 *       finds "One-on-one".</li>
 *   <li>Stop words ({@link #STOP_WORDS}) are dropped.</li>
 *   <li>Words of lower-case ASCII letters longer than two letters are stemmed with Porter's
 *       algorithm ("reviews" and "reviewing" are {@code review}); others stay as they are.</li>
 * </ol>
 */
final class Tokenizer {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten"};

    /** Words too common to help find a page; the same list is in search.js. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "do",
            "for", "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or",
            "our", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
            "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your");

    /**
     * One instance of each term, so the pages' term lists kept between builds share their strings,
     * and a term counted on one thread is the same key on every other.
     */
    private final Map<String, String> canonical = new ConcurrentHashMap<>();
    /**
     * The term of each normalised word a thread has met, or {@code ""} for a stop word: words repeat,
     * and stop-word checks and stemming are the costly part. Each thread works out a word's term
     * once for itself; a shared map in front of the tables saved only that.
     */
    private final ThreadLocal<WordTable> known = ThreadLocal.withInitial(WordTable::new);

    /** A tokenizer with its own term tables; one per build, shared by its threads. */
    Tokenizer() {
    }

    /** Receives a normalised word as the characters {@code chars[0, length)}, with their {@link WordTable#hash}. */
    interface WordSink {
        void accept(char[] chars, int length, int hash);
    }

    /**
     * Hands the normalised words of a text to {@code sink}, in order, before stop words and stemming
     * (compounds included). The buffer is the sink's to read until it returns, not to keep.
     */
    static void words(String text, WordSink sink) {
        char[] word = new char[32];
        char[] compound = new char[64];
        int compoundLength = 0;
        int parts = 0;
        int lastEnd = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80 ? !isAsciiWordChar(c) : !isWordChar(text.codePointAt(i))) {
                i += c < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            boolean ascii = true;
            int length = 0;
            int hash = 0;
            while (i < n) {
                c = text.charAt(i);
                if (c < 0x80) {
                    if (!isAsciiWordChar(c)) break;
                    // An ASCII word char is a letter or digit: lower-casing is all its normalisation.
                    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    if (length == word.length) word = Arrays.copyOf(word, 2 * length);
                    word[length++] = lower;
                    hash = 31 * hash + lower;
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (!isWordChar(cp)) break;
                    ascii = false;
                    i += Character.charCount(cp);
                }
            }
            if (!ascii) {
                String w = normalise(text.substring(start, i));
                length = w.length();
                if (length > word.length) word = new char[length];
                w.getChars(0, length, word, 0);
                hash = w.hashCode();
            }
            boolean joined = lastEnd >= 0 && start == lastEnd + 1 && text.charAt(lastEnd) == '-';
            if (!joined || length == 0) {
                if (parts > 1) sink.accept(compound, compoundLength, WordTable.hash(compound, compoundLength));
                compoundLength = 0;
                parts = 0;
            }
            lastEnd = i;
            if (length == 0) continue;
            sink.accept(word, length, hash);
            if (compoundLength + length > compound.length) compound = Arrays.copyOf(compound, 2 * (compoundLength + length));
            System.arraycopy(word, 0, compound, compoundLength, length);
            compoundLength += length;
            parts++;
        }
        if (parts > 1) sink.accept(compound, compoundLength, WordTable.hash(compound, compoundLength));
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** {@code [\p{L}\p{N}\p{M}]}: letters, numbers and combining marks. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return isAsciiWordChar((char) cp);
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** One word as the index keeps it: decomposed, lower case, letters and digits only. */
    static String normalise(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) ascii = word.charAt(i) < 0x80;
        if (ascii) return word.toLowerCase(Locale.ROOT); // a word char below 0x80 is a letter or digit
        String d = Normalizer.normalize(word, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(d).replaceAll("");
    }

    /** The search terms of a text, in order. */
    static List<String> terms(String text) {
        return new Tokenizer().termsOf(text);
    }

    /** The search terms of a text, in order, stemming through this tokenizer's cache. */
    List<String> termsOf(String text) {
        List<String> out = new ArrayList<>();
        termsOf(text, out::add);
        return out;
    }

    /** Hands the search terms of a text to {@code sink}, in order; each term is the one instance this tokenizer hands out. */
    void termsOf(String text, Consumer<String> sink) {
        WordTable known = this.known.get();
        words(text, (chars, length, hash) -> {
            String t = known.get(chars, length, hash);
            if (t == null) t = known.put(chars, length, hash, termOf(new String(chars, 0, length)));
            if (!t.isEmpty()) sink.accept(t);
        });
    }

    /** The canonical term of a word ({@code ""} for a stop word). */
    private String termOf(String word) {
        String t = term(word);
        return t == null ? "" : canonical(t);
    }

    /** The one instance of {@code term} this tokenizer hands out. */
    String canonical(String term) {
        String t = canonical.putIfAbsent(term, term);
        return t == null ? term : t;
    }

    static String term(String word) {
        return term(word, PorterStemmer::stem);
    }

    /** The term of one normalised word, or null for a stop word. */
    private static String term(String word, UnaryOperator<String> stemmer) {
        if (isNumberWord(word)) word = NUMBER_WORDS[Integer.parseInt(word)];
        else if (STOP_WORDS.contains(word)) return null;
        if (word.length() > 2 && isAsciiLetters(word)) return stemmer.apply(word);
        return word;
    }

    /** 0 to 10, written with ASCII digits. */
    private static boolean isNumberWord(String w) {
        return w.length() == 1 && w.charAt(0) >= '0' && w.charAt(0) <= '9' || w.equals("10");
    }

    private static boolean isAsciiLetters(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) < 'a' || w.charAt(i) > 'z') return false;
        return true;
    }
}
