package dev.handbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** The terms this tokenizer handed out, numbered. */
    private final Vocabulary vocabulary = new Vocabulary();
    /**
     * Each thread's reader, with the term of each normalised word the thread has met (or that it
     * is a stop word): words repeat, and stop-word checks and stemming are the costly part. Each
     * thread works out a word's term once for itself; a shared map in front of the tables saved only that.
     */
    private final ThreadLocal<TermReader> readers = ThreadLocal.withInitial(() -> new TermReader(this));

    /** A tokenizer with its own term tables; one per build, shared by its threads. */
    Tokenizer() {
    }

    /** The calling thread's reader of terms. */
    TermReader reader() {
        return readers.get();
    }

    /** The numbers this tokenizer's terms have. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The number of the term of a normalised word, or {@link WordTable#STOP} for a stop word. */
    int number(String word) {
        String t = term(word);
        return t == null ? WordTable.STOP : vocabulary.number(t);
    }

    /** {@code [\p{L}\p{N}\p{M}]}: letters, numbers and combining marks. */
    static boolean isWordChar(int cp) {
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
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
        TermReader reader = reader();
        reader.reset(text);
        for (int t = reader.next(); t >= 0; t = reader.next()) out.add(vocabulary.term(t));
        return out;
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
