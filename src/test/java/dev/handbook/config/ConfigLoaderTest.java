package dev.handbook.config;

import dev.handbook.diag.Staged;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ConfigLoaderTest {
    @Test
    void everySettingHasADefault() {
        Staged<SiteConfig> c = ConfigLoader.parse("");
        assertFalse(c.hasErrors());
        assertEquals("Handbook", c.value().title());
        assertEquals(List.of("everyone"), c.value().audiences());
        assertEquals(RawHtmlPolicy.SANITIZE, c.value().rawHtml());
        assertEquals("default", c.value().theme());
    }

    @Test
    void readsSettings() {
        SiteConfig c = ConfigLoader.parse("""
                title: Acme
                base_url: https://handbook.acme.test/eng
                audiences: [everyone, managers]
                edit_url: https://github.com/acme/hb/edit/main/{path}
                raw_html: trusted
                """).value();
        assertEquals("Acme", c.title());
        assertEquals(Optional.of("https://handbook.acme.test/eng/"), c.baseUrl());
        assertEquals(List.of("everyone", "managers"), c.audiences());
        assertEquals(RawHtmlPolicy.TRUSTED, c.rawHtml());
    }

    @Test
    void unknownSettingIsAWarningWithASuggestion() {
        Staged<SiteConfig> c = ConfigLoader.parse("title: A\ntheem: dark\n");
        assertEquals("handbook.yml:2:1: warning: unknown setting 'theem' (did you mean 'theme'?)",
                c.diagnostics().get(0).headline());
    }

    @Test
    void wrongValuesAreErrorsAtTheirPosition() {
        Staged<SiteConfig> c = ConfigLoader.parse("review_every: soon\nraw_html: maybe\n");
        assertEquals(List.of(
                        "handbook.yml:1:15: error: review_every must be a positive whole number, found 'soon'",
                        "handbook.yml:2:11: error: raw_html must be sanitize, escape or trusted, found 'maybe'"),
                c.diagnostics().stream().map(d -> d.headline()).toList());
    }

    // issue 21.7
    @Test
    void recentCommitsHasADefaultZeroTurnsThePageOffAndWrongValuesAreErrorsAtTheirPosition() {
        assertEquals(new RecentSettings(20, true), ConfigLoader.parse("").value().recent());
        assertEquals(new RecentSettings(5, true), ConfigLoader.parse("recent: {commits: 5}\n").value().recent());
        assertEquals(new RecentSettings(0, false),
                ConfigLoader.parse("recent:\n  commits: 0\n  wider_subjects: false\n").value().recent());
        assertEquals(List.of("handbook.yml:1:26: error: recent.wider_subjects must be true or false"),
                ConfigLoader.parse("recent: {wider_subjects: no}\n").diagnostics().stream().map(d -> d.headline()).toList());
        Staged<SiteConfig> c = ConfigLoader.parse("recent: {commits: -1}\n");
        assertEquals(List.of("handbook.yml:1:19: error: recent.commits must be a whole number from 0 (no page) to 500"),
                c.diagnostics().stream().map(d -> d.headline()).toList());
        assertEquals(20, c.value().recent().commits());
        assertEquals(List.of("handbook.yml:1:9: error: recent must be a mapping, e.g. recent: {commits: 20}, found a text value"),
                ConfigLoader.parse("recent: 10\n").diagnostics().stream().map(d -> d.headline()).toList());
        assertEquals(List.of("handbook.yml:1:10: warning: unknown setting 'recent.comits' (did you mean 'commits'?)"),
                ConfigLoader.parse("recent: {comits: 10}\n").diagnostics().stream().map(d -> d.headline()).toList());
        assertEquals(List.of("handbook.yml:1:19: error: recent.commits must be a whole number from 0 (no page) to 500"),
                ConfigLoader.parse("recent: {commits: 501}\n").diagnostics().stream().map(d -> d.headline()).toList());
    }
}
