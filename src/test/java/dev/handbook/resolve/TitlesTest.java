package dev.handbook.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The documented rule for titles made from folder and file names (issue 20.3). */
class TitlesTest {
    private final Titles titles = new Titles(List.of("NATO", "NASA"));

    @Test
    void wordsWithoutAVowelAndWordsStartingWithADigitAreAcronyms() { // issue 20.3
        assertEquals("TTS consulting", titles.fromName("tts-consulting"));
        assertEquals("DNS and TLS", titles.fromName("dns_and_tls"));
        assertEquals("18F", titles.fromName("18f"));
        assertEquals("Plan B vs C", titles.fromName("plan-b-vs-c"));
        assertEquals("Rhythm by team", titles.fromName("rhythm-by-team"));
    }

    @Test
    void builtInAndListedAcronymsAreWrittenAsListedWithTheirPlural() { // issue 20.3
        assertEquals("OKRs and KPIs", titles.fromName("okrs-and-kpis"));
        assertEquals("NATO SRE", titles.fromName("nato-sre"));
        assertEquals("Ways of working", titles.fromName("ways-of-working"));
        assertEquals("iOS apps", new Titles(List.of()).fromName("ios-apps"));
    }
}
