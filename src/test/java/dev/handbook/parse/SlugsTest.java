package dev.handbook.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Heading ids as GitHub makes them; ASCII text is slugged without the regular expression (issue 24.1). */
class SlugsTest {
    private static final Pattern GITHUB = Pattern.compile("[^\\w\\- ]", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void headingsBecomeGithubsIds() {
        assertEquals("roles--responsibilities", Slugs.slug("Roles & Responsibilities"));
        assertEquals("café-au-lait", Slugs.slug("Café au lait"));
        assertEquals("on-call_rota-2", Slugs.slug("  On-call_rota (2)? "));
        assertEquals("section", Slugs.slug("!?"));
    }

    @Test
    void everyAsciiCharacterIsKeptOrRemovedAsByTheExpression() {
        for (char c = 0; c < 0x80; c++) {
            String heading = "A" + c + "b " + c;
            assertEquals(github(heading), Slugs.slug(heading), "character " + (int) c);
        }
        for (String heading : List.of("Kelvin \u212A", "naïve Ω", "x\u0301y", "tab\there")) {
            assertEquals(github(heading), Slugs.slug(heading), heading);
        }
    }

    private static String github(String text) {
        String s = GITHUB.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        return s.isEmpty() ? "section" : s;
    }
}
