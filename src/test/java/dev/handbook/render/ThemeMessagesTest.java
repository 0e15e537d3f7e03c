package dev.handbook.render;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.YamlReader;
import dev.handbook.diag.Staged;
import dev.handbook.model.Messages;
import dev.handbook.model.Value;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.5: the default theme's message files. Every shipped language has every key of en.yml
 * and no other, each loads without a problem (placeholders, markup, date pattern), the words are
 * translated rather than copied, and the templates and the Java that writes words use exactly the
 * keys en.yml defines.
 */
class ThemeMessagesTest {
    static final Path I18N = Path.of("themes/default/i18n");
    static final List<String> SHIPPED = List.of("en", "de", "fr", "es");

    static Map<String, String> read(String language) throws IOException {
        Path file = I18N.resolve(language + ".yml");
        Staged<Optional<Value>> yaml = YamlReader.read(file.toString(), Files.readString(file), 1);
        assertEquals(List.of(), yaml.diagnostics());
        Map<String, String> out = new TreeMap<>();
        flatten("", (Value.Dict) yaml.value().orElseThrow(), out);
        return out;
    }

    private static void flatten(String prefix, Value.Dict d, Map<String, String> out) {
        for (Value.Entry e : d.entries().values()) {
            if (e.value() instanceof Value.Dict nested) flatten(prefix + e.key() + ".", nested, out);
            else out.put(prefix + e.key(), ((Value.Scalar) e.value()).text());
        }
    }

    @Test
    void theThemeShipsEnglishGermanFrenchAndSpanish() throws IOException {
        Theme theme = ThemeLoader.locate(Files.createTempDirectory("theme"), "default").value().orElseThrow();
        assertTrue(ThemeLoader.languages(theme).containsAll(SHIPPED), ThemeLoader.languages(theme).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void everyLanguageHasEveryKeyOfEnglishAndNoOther(String language) throws IOException {
        Set<String> english = read("en").keySet();
        Set<String> translated = read(language).keySet();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, language + ".yml lacks these keys of en.yml");
        assertEquals(Set.of(), extra, language + ".yml has keys en.yml does not define");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void everyLanguageLoadsWithoutAProblem(String language) throws IOException {
        Theme theme = ThemeLoader.locate(Files.createTempDirectory("theme"), "default").value().orElseThrow();
        Staged<Messages> m = BuildSteps.messages(theme, ConfigLoader.parse("language: " + language).value());
        assertEquals(List.of(), m.diagnostics(), "placeholders, markup and date pattern of " + language + ".yml");
        assertEquals(read("en").keySet(), m.value().texts().keySet());
    }

    /** A file copied from English and left untranslated would pass the key check: most words must differ. */
    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void theWordsAreTranslated(String language) throws IOException {
        Map<String, String> english = read("en");
        Map<String, String> translated = read(language);
        List<String> same = new ArrayList<>();
        english.forEach((k, v) -> {
            if (v.equals(translated.get(k))) same.add(k);
        });
        // Words such as "Team", "Runbook", "Code" or "{m} min" are the same in some of these languages.
        assertTrue(same.size() * 100 / english.size() < 12, language + ": " + same.size() + " of " + english.size()
                + " texts are the English ones: " + same);
    }

    @Test
    void everyKeyATemplateWritesIsDefined() throws IOException {
        Set<String> keys = read("en").keySet();
        Pattern call = Pattern.compile("\\bt\\(\"([^\"]+)\"");
        List<String> unknown = new ArrayList<>();
        int calls = 0;
        for (Path template : templates()) {
            Matcher m = call.matcher(Files.readString(template));
            while (m.find()) {
                calls++;
                String key = m.group(1);
                if (!keys.contains(key) && !keys.contains(key + ".other")) unknown.add(template + ": " + key);
            }
        }
        assertEquals(List.of(), unknown);
        assertTrue(calls > 100, "the templates write their words with t(): " + calls);
    }

    /**
     * A key nothing writes is a word readers never see, and usually a misspelling of one they do. Keys
     * made from data (a type's name, an admonition's kind, a cadence) count as used by their family.
     */
    @Test
    void everyKeyIsWrittenBySomething() throws IOException {
        StringBuilder code = new StringBuilder();
        for (Path p : templates()) code.append(Files.readString(p));
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path p : java.filter(f -> f.toString().endsWith(".java")).toList()) code.append(Files.readString(p));
        }
        List<String> families = List.of("type.", "admonition.", "cadence.", "overview.", "team.size_", "team.meta_",
                "duration.");
        List<String> unused = new ArrayList<>();
        for (String key : read("en").keySet()) {
            String stem = key.replaceAll("\\.(one|other)$", "");
            if (families.stream().anyMatch(stem::startsWith)) continue;
            if (!code.toString().contains("\"" + stem + "\"")) unused.add(key);
        }
        assertEquals(List.of(), unused);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("themes/default"))) {
            return s.filter(p -> p.toString().endsWith(".peb")).sorted().toList();
        }
    }
}
