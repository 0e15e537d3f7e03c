package dev.handbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z]+");
    private static final Pattern NUMBER = Pattern.compile("(?:[0-9]|10)");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten"};

    /** Words too common to help find a page; the same list is in search.js. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "do",
            "for", "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or",
            "our", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
            "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your");

    private Tokenizer() {
    }

    /** The normalised words of a text, in order, before stop words and stemming (compounds included). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        words(text, out::add);
        return out;
    }

    static void words(String text, Consumer<String> sink) {
        Matcher m = WORD.matcher(text);
        StringBuilder compound = new StringBuilder();
        int parts = 0;
        int lastEnd = -1;
        while (m.find()) {
            String w = normalise(m.group());
            boolean joined = lastEnd >= 0 && m.start() == lastEnd + 1 && text.charAt(lastEnd) == '-';
            if (!joined) {
                if (parts > 1) sink.accept(compound.toString());
                compound.setLength(0);
                parts = 0;
            }
            lastEnd = m.end();
            if (w.isEmpty()) {
                if (parts > 1) sink.accept(compound.toString());
                compound.setLength(0);
                parts = 0;
                continue;
            }
            sink.accept(w);
            compound.append(w);
            parts++;
        }
        if (parts > 1) sink.accept(compound.toString());
    }

    /** One word as the index keeps it: decomposed, lower case, letters and digits only. */
    static String normalise(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(d).replaceAll("");
    }

    /** The search terms of a text, in order. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        words(text, w -> {
            String t = term(w);
            if (t != null) out.add(t);
        });
        return out;
    }

    /** The term of one normalised word, or null for a stop word. */
    static String term(String word) {
        if (NUMBER.matcher(word).matches()) word = NUMBER_WORDS[Integer.parseInt(word)];
        else if (STOP_WORDS.contains(word)) return null;
        if (word.length() > 2 && ASCII_WORD.matcher(word).matches()) return PorterStemmer.stem(word);
        return word;
    }
}
