package dev.handbook.model;

import dev.handbook.config.ConfigLoader;
import dev.handbook.diag.Staged;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21.5: filling a message, choosing a count's form, and dates as each shipped language writes them. */
class MessagesTest {
    /** The built-in theme's messages in {@code language}, as a build loads them. */
    static Messages shipped(String language) {
        try {
            Theme theme = ThemeLoader.locate(Files.createTempDirectory("messages"), "default").value().orElseThrow();
            Staged<Messages> m = BuildSteps.messages(theme, ConfigLoader.parse("language: " + language).value());
            assertEquals(List.of(), m.diagnostics());
            return m.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 2024-03-09 | 2024-03-09",
            "en | 2025-01-01 | 2025-01-01",
            "de | 2024-03-09 | 9. März 2024",
            "de | 2025-01-01 | 1. Januar 2025",
            "de | 2026-12-31 | 31. Dezember 2026",
            "de-AT | 2025-01-01 | 1. Jänner 2025",
            "fr | 2024-03-09 | 9 mars 2024",
            "fr | 2025-08-01 | 1 août 2025",
            "fr-CA | 2026-12-31 | 31 décembre 2026",
            "es | 2024-03-09 | 9 de marzo de 2024",
            "es | 2025-01-01 | 1 de enero de 2025",
            "es-MX | 2026-09-30 | 30 de septiembre de 2026"})
    void datesAreWrittenAsEachLanguageWritesThem(String language, String iso, String expected) {
        assertEquals(expected, shipped(language).date(LocalDate.parse(iso)));
    }

    @Test
    void datesDoNotDependOnTheMachinesLanguage() {
        Messages german = shipped("de");
        Locale before = Locale.getDefault();
        try {
            // Arabic would write its own digits, Thai its own calendar, if the default locale leaked in.
            for (String machine : List.of("ar-SA", "th-TH-u-nu-thai", "tr-TR", "ja-JP-u-ca-japanese")) {
                Locale.setDefault(Locale.forLanguageTag(machine));
                assertEquals("9. März 2024", german.date(LocalDate.of(2024, 3, 9)), machine);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void placeholdersAreFilledAndOthersKeptAsWritten() {
        Messages m = new Messages("en", Map.of("date.format", "yyyy-MM-dd", "a", "{n} of {total}: {x} {not a name} {}",
                "b", "no braces"));
        assertEquals("3 of {total}: <b> {not a name} {}", m.format("a", Map.of("n", 3, "x", "<b>")));
        assertEquals("no braces", m.format("b", Map.of()));
        assertEquals(List.of("n", "total", "x"), Messages.placeholders(m.text("a")));
        assertEquals("{ta}{", Messages.fill("{t}{", name -> Optional.of("{ta}")), "a filled-in value is not read again");
    }

    @Test
    void countsTakeTheFormOfTheirLanguage() {
        Map<String, String> texts = Map.of("date.format", "yyyy", "p.one", "{n} page", "p.other", "{n} pages");
        Messages english = new Messages("en", texts);
        Messages french = new Messages("fr", texts);
        assertEquals(List.of("0 pages", "1 page", "2 pages"),
                List.of(english.count("p", 0, Map.of()), english.count("p", 1, Map.of()), english.count("p", 2, Map.of())));
        // French: zero takes the singular (CLDR: i = 0,1).
        assertEquals(List.of("0 page", "1 page", "2 pages"),
                List.of(french.count("p", 0, Map.of()), french.count("p", 1, Map.of()), french.count("p", 2, Map.of())));
        assertTrue(english.isCounted("p"));
        assertEquals("3 members", shipped("en").count("team.members_count", 3, Map.of()));
        assertEquals("1 Mitglied", shipped("de").count("team.members_count", 1, Map.of()));
        assertEquals("0 membre", shipped("fr").count("team.members_count", 0, Map.of()));
    }
}
