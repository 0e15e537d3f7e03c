package dev.handbook.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The words of the site in one language: every text a page shows that its author did not write
 * (headings of generated views, labels, buttons, the search box's messages), by key, and how the
 * language writes dates and counts. Built once per build from the theme's {@code i18n/<language>.yml}
 * and handbook.yml's {@code messages:} (see {@code parse.MessageCatalog}).
 *
 * <p>A text is plain text with {@code {name}} placeholders, except under a key ending in
 * {@code _html}, which holds a fragment of inline HTML whose markup the catalog checked. A key whose
 * text depends on a number has two forms, {@code key.one} and {@code key.other}, chosen by the
 * language's plural rule ({@link #count}).
 *
 * <pre>{@code
 * messages.format("page.changed_by", Map.of("author", "Ana"));   // "by Ana"
 * messages.count("team.members", 3, Map.of());                    // "3 members"
 * messages.date(LocalDate.of(2024, 3, 9));                        // "2024-03-09", "9. März 2024"...
 * }</pre>
 */
public final class Messages {
    /** The key of the java.time pattern dates are written with ({@code d. MMMM yyyy}). */
    public static final String DATE_FORMAT = "date.format";
    /** The key of the pattern of a date with its weekday ({@code EEEE d MMMM yyyy}); {@link #DATE_FORMAT} without one. */
    public static final String DAY_FORMAT = "date.day_format";
    /** Keys ending with this hold inline HTML rather than text. */
    public static final String HTML_SUFFIX = "_html";

    private final String language;
    private final Locale locale;
    private final SortedMap<String, String> texts;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter days;

    /**
     * @param language the language as handbook.yml names it ({@code de}, {@code de-CH}); its
     *                 {@link Locale} writes the names of months
     * @param texts    every key's text; must hold {@link #DATE_FORMAT} with a valid pattern
     */
    public Messages(String language, Map<String, String> texts) {
        this.language = Objects.requireNonNull(language, "language");
        this.locale = Locale.forLanguageTag(language);
        this.texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
        String pattern = this.texts.get(DATE_FORMAT);
        if (pattern == null) throw new IllegalArgumentException("no " + DATE_FORMAT);
        this.dates = DateTimeFormatter.ofPattern(pattern, locale);
        this.days = DateTimeFormatter.ofPattern(this.texts.getOrDefault(DAY_FORMAT, pattern), locale);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** Every key and its text, sorted by key. */
    public SortedMap<String, String> texts() {
        return texts;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** The text of {@code key}, which the catalog guarantees: a missing one is a bug. */
    public String text(String key) {
        String t = texts.get(key);
        if (t == null) throw new IllegalStateException("no message '" + key + "'");
        return t;
    }

    /** The text of {@code key} with its placeholders filled from {@code args} (those not given stay as written). */
    public String format(String key, Map<String, ?> args) {
        return fill(text(key), name -> Optional.ofNullable(args.get(name)).map(String::valueOf));
    }

    /** Whether {@code key} has the two forms {@code key.one} and {@code key.other}. */
    public boolean isCounted(String key) {
        return texts.containsKey(key + ".other");
    }

    /** The form of {@code key} for {@code n} things, {@code {n}} and {@code args} filled in: "1 member", "3 members". */
    public String count(String key, long n, Map<String, ?> args) {
        String form = key + (isOne(n) ? ".one" : ".other");
        String text = texts.containsKey(form) ? texts.get(form) : text(key + ".other");
        return fill(text, name -> name.equals("n") ? Optional.of(Long.toString(n))
                : Optional.ofNullable(args.get(name)).map(String::valueOf));
    }

    /**
     * Whether {@code n} takes the singular form. Two forms serve the languages the theme ships: French
     * says "0 page" and "1 page" (CLDR: i = 0,1); English, German and Spanish use "one" for 1 only.
     */
    public boolean isOne(long n) {
        return switch (locale.getLanguage()) {
            case "fr", "pt" -> n == 0 || n == 1;
            default -> n == 1;
        };
    }

    /** A date as the language writes it, with the pattern of {@link #DATE_FORMAT}. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A date with the name of its weekday, as the language writes it ({@link #DAY_FORMAT}): "Thursday 12 March 2026". */
    public String day(LocalDate date) {
        return days.format(date);
    }

    /**
     * {@code text} with each {@code {name}} replaced by what {@code value} gives for it; a
     * placeholder without a value, and any other brace, stays as written.
     */
    public static String fill(String text, Function<String, Optional<String>> value) {
        int open = text.indexOf('{');
        if (open < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (open >= 0) {
            int close = nameEnd(text, open + 1);
            if (close < 0) {
                out.append(text, i, open + 1);
                i = open + 1;
            } else {
                Optional<String> v = value.apply(text.substring(open + 1, close));
                out.append(text, i, open).append(v.orElse(text.substring(open, close + 1)));
                i = close + 1;
            }
            open = text.indexOf('{', i);
        }
        return out.append(text, i, text.length()).toString();
    }

    /** The names of the placeholders of {@code text}, in order. */
    public static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = nameEnd(text, open + 1);
            if (close >= 0) out.add(text.substring(open + 1, close));
        }
        return out;
    }

    /** Where the placeholder name starting at {@code from} ends (its '}'), or -1 when this is no placeholder. */
    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')
                && text.charAt(i) < 0x80) {
            i++;
        }
        return i > from && i < text.length() && text.charAt(i) == '}' ? i : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && m.language.equals(language) && m.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return language.hashCode() * 31 + texts.hashCode();
    }

    @Override
    public String toString() {
        return "Messages[" + language + ", " + texts.size() + " texts]";
    }
}
