package dev.handbook.render;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.5: the example handbook built in German, French and Spanish shows none of the theme's
 * English. Its content stays English, so the test looks for each English text of en.yml that no
 * source file of the example contains: such a text in the output can only come from the theme or
 * from the Java that writes words into pages. Visible text and the attributes readers and scripts
 * show (titles, labels, placeholders, data-) are searched in every HTML file of the site.
 */
class ExampleLanguagesTest {
    private static final Path EXAMPLE = Path.of(".").toAbsolutePath().normalize();
    private static final Map<String, Path> SITES = new TreeMap<>();
    private static String sources;

    @BeforeAll
    static void buildTheExampleInEachLanguage() throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(EXAMPLE.resolve("handbook.yml")));
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (f.toString().endsWith(".md") || f.toString().endsWith(".yml")) all.append(Files.readString(f));
            }
        }
        sources = all.toString();
        for (String language : List.of("en", "de", "fr", "es")) SITES.put(language, build(language));
    }

    /** The example with {@code language} set, built into a folder of its own. */
    private static Path build(String language) throws IOException {
        Path root = Files.createTempDirectory("example-" + language + "-");
        copy(EXAMPLE.resolve("content"), root.resolve("content"));
        Files.writeString(root.resolve("handbook.yml"),
                Files.readString(EXAMPLE.resolve("handbook.yml")) + "\nlanguage: " + language + "\n");
        // The restricted edition too: its badge and footer are words of the theme.
        BuildResult r = Pipeline.build(BuildOptions.defaults(root).withAudience("managers"), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        assertEquals(List.of(), r.diagnostics().stream().map(Object::toString).toList());
        return root.resolve("site");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    /** What a reader sees or hears of every page: text, and the attributes that are words. */
    private static String shown(Path site) {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(Files.readString(f));
                out.append(doc.text()).append('\n');
                for (Element e : doc.getAllElements()) {
                    for (Attribute a : e.attributes()) {
                        String k = a.getKey();
                        if (k.equals("title") || k.equals("aria-label") || k.equals("placeholder") || k.equals("alt")
                                || k.startsWith("data-") && !k.equals("data-index") && !k.equals("data-root")
                                && !k.equals("data-library")) {
                            out.append(a.getValue()).append('\n');
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The pieces of English the theme writes: each text of en.yml split at its placeholders, numbers
     * and markup, the pieces of three letters or more that the translation of the same text does not
     * share ("1 page" is French too) and that no source file of the example contains.
     */
    private static Set<String> englishPieces(String language) throws IOException {
        Map<String, String> english = ThemeMessagesTest.read("en");
        Map<String, String> translated = ThemeMessagesTest.read(language);
        Set<String> out = new TreeSet<>();
        english.forEach((key, text) -> {
            if (key.equals("date.format") || text.equals(translated.get(key))) return;
            for (String piece : text.replaceAll("<[^>]+>", "\u0000").split("\\{[a-z_]+\\}|\\b\\d+\\b|\u0000")) {
                String p = piece.strip();
                if (p.replaceAll("[^A-Za-z]", "").length() >= 3 && !appears(p, sources)
                        && !appears(p, translated.get(key))) {
                    out.add(p);
                }
            }
        });
        return out;
    }

    private static boolean appears(String piece, String in) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(piece) + "(?![\\p{L}\\p{N}])").matcher(in).find();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void noEnglishOfTheThemeIsLeft(String language) throws IOException {
        Set<String> pieces = englishPieces(language);
        assertTrue(pieces.size() > 120, "enough of the theme's English to look for: " + pieces.size());
        String shown = shown(SITES.get(language));
        List<String> left = new ArrayList<>();
        for (String p : pieces) if (appears(p, shown)) left.add(p);
        assertEquals(List.of(), left, "English of the theme in the " + language + " site");
    }

    /** The search can fail: the English site shows these same pieces. */
    @Test
    void theEnglishSiteShowsThePiecesLookedFor() throws IOException {
        Set<String> pieces = englishPieces("de");
        String shown = shown(SITES.get("en"));
        long found = pieces.stream().filter(p -> appears(p, shown)).count();
        assertTrue(found > 90, "pieces of English found in the English site: " + found + " of " + pieces.size());
    }

    @Test
    void theGermanSiteSpeaksGerman() throws IOException {
        Path de = SITES.get("de");
        String runbook = Files.readString(de.resolve("runbooks/incident-response/index.html"));
        assertTrue(runbook.contains("<html lang=\"de\">"));
        assertTrue(runbook.contains("<a class=\"skip-link\" href=\"#main\">Zum Inhalt springen</a>"), runbook);
        assertTrue(runbook.contains("aria-label=\"Checkliste\""), "the checklist's bar");
        assertTrue(runbook.contains("data-count=\"{done} von {n} Schritten erledigt\""), "the checklist's words for handbook.js");
        assertTrue(runbook.contains("<button type=\"button\" class=\"checklist-reset\">Zurücksetzen</button>"), runbook);
        String rituals = Files.readString(de.resolve("overview/rituals/index.html"));
        assertTrue(rituals.contains("<span class=\"day-long\">Montag</span>"), "the week's days");
        // The next meetings: a German weekday and date, counted from the day of the build.
        assertTrue(Pattern.compile("<time datetime=\"\\d{4}-\\d\\d-\\d\\d\">(Heute, )?(Montag|Dienstag|Mittwoch|Donnerstag"
                + "|Freitag|Samstag|Sonntag), \\d{1,2}\\. \\p{L}+ \\d{4}</time>").matcher(rituals).find(), rituals);
        assertTrue(runbook.contains("aria-label=\"Link zu diesem Abschnitt\""), "heading links");
        assertTrue(runbook.contains("placeholder=\"Suchen (Taste /)\""));
        assertTrue(runbook.contains("data-copy=\"Kopieren\""), "the copy button's words for code.js");
        // Dates: the datetime attribute stays ISO, the text is German.
        assertTrue(Pattern.compile("<time datetime=\"\\d{4}-\\d\\d-\\d\\d\">\\d{1,2}\\. (Januar|Februar|März|April|Mai"
                + "|Juni|Juli|August|September|Oktober|November|Dezember) \\d{4}</time>").matcher(runbook).find(), runbook);
        String overview = Files.readString(de.resolve("overview/index.html"));
        assertTrue(overview.contains("<h1>Auf einen Blick</h1>"), "the generated views' titles");
        assertTrue(Files.readString(de.resolve("tags/index.html")).contains("<h1>Schlagwörter</h1>"));
        String ics = Files.readString(de.resolve("rituals.ics"));
        assertTrue(ics.contains("CATEGORIES:wöchentlich"), "the calendar's cadences");
        assertTrue(ics.contains("\\nModeration: "), ics);
    }
}
