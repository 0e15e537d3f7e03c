package dev.handbook.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date field. Besides {@code 2024-05-01}, a full date-time as other tools write them
 * ({@code 2024-05-01T09:30:00Z}, {@code 2024-05-01 09:30:00 +0100}) gives its date part as written:
 * the date the author saw, never shifted into another time zone.
 */
final class Dates {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:[Zz]|[+-]\\d{2}:?\\d{2}|[A-Z]{3,4})?)?");

    private Dates() {
    }

    static Optional<LocalDate> parse(String text) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
