package dev.handbook.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms one {@link Tokenizer} has handed out, each with a number: pages keep their terms as
 * numbers, so counting a page's terms and gathering every page's postings index arrays instead of
 * hashing strings. Numbers go in the order threads first meet the terms, which differs from run to
 * run; nothing written depends on them (the index is sorted by term). Thread-safe; a term is new
 * once per thread that meets it, so the lock is seldom taken.
 */
final class Vocabulary {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> terms = new ArrayList<>();

    /** The number of {@code term}, given it now if it has none. */
    synchronized int number(String term) {
        Integer n = numbers.get(term);
        if (n != null) return n;
        numbers.put(term, terms.size());
        terms.add(term);
        return terms.size() - 1;
    }

    /** The term numbered {@code n}. */
    synchronized String term(int n) {
        return terms.get(n);
    }

    /** How many terms have a number: every number is below this. */
    synchronized int size() {
        return terms.size();
    }

    /** Every term by its number, at the time of the call. */
    synchronized String[] terms() {
        return terms.toArray(String[]::new);
    }
}
