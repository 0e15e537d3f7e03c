package dev.handbook.parse;

import dev.handbook.config.ConfigLoader;
import dev.handbook.model.Messages;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.5: the English labels a parser made without the theme's messages uses (tests, handbook
 * new) say what the theme's en.yml says, so a page parses to the same HTML either way.
 */
class ParseLabelsTest {
    @Test
    void theEnglishDefaultsAreThoseOfTheTheme() throws IOException {
        Theme theme = ThemeLoader.locate(Files.createTempDirectory("labels"), "default").value().orElseThrow();
        Messages english = BuildSteps.messages(theme, ConfigLoader.parse("language: en").value()).value();
        ParseLabels fromTheme = ParseLabels.of(english);
        assertEquals(ParseLabels.ENGLISH.headingAnchor(), fromTheme.headingAnchor());
        assertEquals(ParseLabels.ENGLISH.audienceOnly(), fromTheme.audienceOnly());
        assertTrue(fromTheme.admonitions().size() >= 20, fromTheme.admonitions().toString());
        for (String kind : fromTheme.admonitions().keySet()) {
            assertEquals(ParseLabels.ENGLISH.admonition(kind), fromTheme.admonition(kind), kind);
        }
    }

    @Test
    void aGermanParserWritesGermanLabels() throws IOException {
        Theme theme = ThemeLoader.locate(Files.createTempDirectory("labels"), "default").value().orElseThrow();
        Messages german = BuildSteps.messages(theme, ConfigLoader.parse("language: de").value()).value();
        DocumentParser parser = new DocumentParser(new ParseSettings(List.of("everyone", "managers"), "managers",
                dev.handbook.config.RawHtmlPolicy.SANITIZE, false, ParseLabels.of(german)));
        String html = parser.parsePage("a.md", "content/a.md", """
                ## Ablauf

                !!! warning
                    Vorsicht.

                !!! custom
                    Eigene Art.

                ::: audience managers
                Nur für Führungskräfte.
                :::
                """).value().body().html();
        assertTrue(html.contains("aria-label=\"Link zu diesem Abschnitt\""), html);
        assertTrue(html.contains("<p class=\"admonition-title\">Warnung</p>"), html);
        assertTrue(html.contains("<p class=\"admonition-title\">Custom</p>"), "a kind without a message: " + html);
        assertTrue(html.contains("aria-label=\"Nur für Managers\""), html);
        assertTrue(html.contains("<p class=\"audience-label\">Nur für <span class=\"audience-badge\">Managers</span></p>"), html);
    }
}
