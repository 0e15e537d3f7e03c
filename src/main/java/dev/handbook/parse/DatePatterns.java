package dev.handbook.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Checks a {@code date.format} pattern by writing a date with it, as every page will. */
final class DatePatterns {
    private DatePatterns() {
    }

    /** Why {@code pattern} cannot write a date (a time field, a letter it does not know), or empty. */
    static Optional<String> problem(String pattern, Locale locale) {
        try {
            DateTimeFormatter.ofPattern(pattern, locale).format(LocalDate.of(2024, 3, 9));
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
