package dev.handbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms one {@link Tokenizer} has handed out, each with a number: pages keep their terms as
 * numbers, so counting a page's terms and gathering every page's postings index arrays instead of
 * hashing strings. Numbers go in the order threads first meet the terms, which differs from run to
 * run; nothing written depends on them (the index is sorted by term, the build cache keeps words).
 * Thread-safe: a known term is found without a lock (terms the build cache hands back are looked
 * up for every page), a new one is numbered under it.
 */
final class Vocabulary {
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<String> terms = new ArrayList<>();

    /** The number of {@code term}, given it now if it has none. */
    int number(String term) {
        Integer n = numbers.get(term);
        return n != null ? n : add(term);
    }

    private synchronized int add(String term) {
        Integer n = numbers.get(term);
        if (n != null) return n;
        terms.add(term);
        numbers.put(term, terms.size() - 1);
        return terms.size() - 1;
    }

    /** The term numbered {@code n}. */
    synchronized String term(int n) {
        return terms.get(n);
    }

    /** Every term by its number, at the time of the call. */
    synchronized String[] terms() {
        return terms.toArray(String[]::new);
    }
}
