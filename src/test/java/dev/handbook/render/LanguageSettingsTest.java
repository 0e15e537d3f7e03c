package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.5: {@code language} picks the theme's messages, a handbook replaces any of them in
 * handbook.yml's {@code messages:} or in {@code i18n/<language>.yml} of its own theme folder, and
 * every mistake in either is reported where it was written.
 */
class LanguageSettingsTest {
    private static final String PAGES = """
            -- content/index.md --
            ---
            title: Start
            ---
            ## Erste Schritte

            Text.
            -- content/roles/lead.md --
            ---
            type: role
            title: Lead
            summary: Leads.
            reviewed: 2026-03-09
            ---
            Text.
            """;

    private static TestSite site(String handbookYml) {
        return TestSite.of(PAGES + "-- handbook.yml --\n" + handbookYml);
    }

    private static List<String> problems(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aLanguageTheThemeHasNoWordsForIsAWarningAndTheWordsStayEnglish() {
        TestSite s = site("language: dk\n");
        BuildResult r = s.build();
        assertTrue(r.written());
        assertEquals(List.of("handbook.yml:1:11: warning: the theme has no messages in language 'dk' (did you mean 'de'?): "
                + "its words stay English"), problems(r));
        assertEquals("the theme has de, en, es, fr; to translate it, add themes/default/i18n/dk.yml with the keys of en.yml",
                r.diagnostics().get(0).hint().orElseThrow());
        String home = s.output("index.html");
        assertTrue(home.contains("<html lang=\"dk\">"), "the content's language is still what handbook.yml says");
        assertTrue(home.contains(">Skip to content</a>"));
        assertFalse(s.build(s.options().withStrict(true)).written(), "--strict refuses it, like any warning");
    }

    @Test
    void aRegionalTagUsesItsLanguageAndKeepsItsTag() {
        TestSite s = site("language: de-CH\n");
        BuildResult r = s.build();
        assertEquals(List.of(), problems(r));
        String home = s.output("index.html");
        assertTrue(home.contains("<html lang=\"de-CH\">"));
        assertTrue(home.contains(">Zum Inhalt springen</a>"));
        String role = s.output("roles/lead/index.html");
        assertTrue(role.contains("<time datetime=\"2026-03-09\">9. März 2026</time>"), role);
    }

    @Test
    void aLanguageThatIsNoLanguageTagIsAnError() {
        BuildResult r = site("language: Deutsch\n").build();
        assertEquals(List.of("handbook.yml:1:11: error: language must be a language tag such as en, de or pt-BR, "
                + "found 'Deutsch'"), problems(r));
    }

    @Test
    void handbookYmlReplacesWordsOfTheChosenLanguage() {
        TestSite s = site("""
                language: de
                messages:
                  search.placeholder: Im Handbuch suchen
                  not_found:
                    home: Zur Startseite & weiter
                  date.format: dd.MM.yyyy
                  type.role.label: Funktion
                """);
        BuildResult r = s.build();
        assertEquals(List.of(), problems(r));
        String home = s.output("index.html");
        assertTrue(home.contains("placeholder=\"Im Handbuch suchen\""));
        assertTrue(s.output("roles/lead/index.html").contains("<time datetime=\"2026-03-09\">09.03.2026</time>"));
        assertTrue(home.contains(">Zum Inhalt springen</a>"), "the words it leaves alone stay German");
        assertTrue(s.output("404.html").contains(">Zur Startseite &amp; weiter</a>"), "a message is text, escaped");
        assertTrue(s.output("roles/lead/index.html").contains("<p class=\"type-label\">Funktion</p>"));
    }

    @Test
    void everyMistakeInMessagesIsReportedWhereItWasWritten() {
        BuildResult r = site("""
                messages:
                  search.placeholdr: Finden
                  page.changed_by: "by {autor}"
                  org_chart.empty_html: "<a href=x>x</a>"
                  date.format: "d MMMM yyyy HH:mm"
                  tags: [a]
                  Search.Label: x
                """).build();
        assertFalse(r.written());
        assertEquals(List.of(
                "handbook.yml:2:3: error: unknown message 'search.placeholdr' (did you mean 'search.placeholder'?)",
                "handbook.yml:3:20: error: message 'page.changed_by' uses {autor}, which it is not given (it takes {author})",
                "handbook.yml:4:25: error: message 'org_chart.empty_html' may hold only <code>, <em>, <strong> and <kbd> "
                        + "as markup, found '<a href=x>' (write &lt; for a '<')",
                "handbook.yml:5:16: error: date.format is not a date pattern: Unsupported field: HourOfDay",
                "handbook.yml:6:9: error: message 'tags' must be text, found a list",
                "handbook.yml:7:3: error: message key 'Search.Label' must be lower-case letters, digits and '_', "
                        + "parts joined by '.'"), problems(r));
        assertEquals("the keys are those of the theme's i18n/en.yml", r.diagnostics().get(0).hint().orElseThrow());
    }

    @Test
    void messagesMustBeAMapping() {
        assertEquals(List.of("handbook.yml:1:11: error: messages must be a mapping of message keys to text, "
                + "e.g. search.placeholder: \"Search\""), problems(site("messages: [a, b]\n").build()));
    }

    @Test
    void aFileOfTheHandbooksThemeFolderReplacesTheKeysItSets() {
        TestSite s = TestSite.of(PAGES + """
                -- handbook.yml --
                language: de
                -- themes/default/i18n/de.yml --
                site:
                  skip_link: Direkt zum Inhalt
                  nav_lable: Bereiche
                """);
        BuildResult r = s.build();
        assertEquals(List.of("themes/default/i18n/de.yml:3:3: error: unknown message 'site.nav_lable' "
                + "(did you mean 'site.nav_label'?)"), problems(r));
        s.file("themes/default/i18n/de.yml", "site:\n  skip_link: Direkt zum Inhalt\n");
        r = s.build();
        assertEquals(List.of(), problems(r));
        String home = s.output("index.html");
        assertTrue(home.contains(">Direkt zum Inhalt</a>"));
        assertTrue(home.contains("<span>Menü</span>"), "the other keys come from the theme's de.yml");
    }

    @Test
    void aHandbookCanAddALanguageAndWhatItLeavesOutStaysEnglish() {
        TestSite s = TestSite.of(PAGES + """
                -- handbook.yml --
                language: nl
                -- themes/default/i18n/nl.yml --
                date:
                  format: d MMMM yyyy
                site:
                  skip_link: Naar de inhoud
                """);
        BuildResult r = s.build();
        assertEquals(1, r.diagnostics().size(), problems(r).toString());
        String warning = r.diagnostics().get(0).headline();
        assertTrue(warning.startsWith("themes/default/i18n/nl.yml: warning: 276 messages of en.yml have no translation "
                + "in 'nl' and show in English: admonition.abstract, "), warning);
        assertTrue(warning.endsWith(" and 268 more"), warning);
        String home = s.output("index.html");
        assertTrue(home.contains(">Naar de inhoud</a>"));
        assertTrue(s.output("roles/lead/index.html").contains("<time datetime=\"2026-03-09\">9 maart 2026</time>"),
                "Dutch month names");
        assertTrue(home.contains("<span>Menu</span>"));
    }

    /** A type the theme defines is named in the site's language; one the handbook's theme folder defines keeps its label. */
    @Test
    void typeNamesFollowTheLanguageUnlessTheHandbookNamedTheType() {
        TestSite s = site("language: de\n");
        assertTrue(s.build().written());
        assertTrue(s.output("roles/lead/index.html").contains("<p class=\"type-label\">Rolle</p>"));
        s.file("themes/default/types/role.yml", "label: Position\nplural: Positionen\nfields:\n  summary: text\n");
        assertTrue(s.build().written());
        assertTrue(s.output("roles/lead/index.html").contains("<p class=\"type-label\">Position</p>"));
    }

    @Test
    void aTemplateAskingForAKeyThatDoesNotExistFailsAtItsLine() {
        TestSite s = TestSite.of(PAGES + """
                -- themes/default/layouts/role.peb --
                <p>{{ t("site.skip_link") }}</p>
                <p>{{ t("serch.label") }}</p>
                """);
        BuildResult r = s.build();
        assertEquals(List.of("themes/default/layouts/role.peb:2: error: template error: unknown message 'serch.label' "
                + "(did you mean 'search.label'?) (the keys are those of the theme's i18n/en.yml)"), problems(r));
    }

    @Test
    void aCountNeedsItsNumber() {
        TestSite s = TestSite.of(PAGES + """
                -- themes/default/layouts/role.peb --
                {{ t("team.members_count") }}
                """);
        assertEquals(List.of("themes/default/layouts/role.peb:1: error: template error: message 'team.members_count' "
                + "is a count: give it the number, t(\"team.members_count\", {\"n\": ...})"), problems(s.build()));
    }

    @Test
    void valuesAreEscapedUnlessTheyAreHtmlAlready() {
        TestSite s = TestSite.of(PAGES + """
                -- themes/default/layouts/role.peb --
                <p>{{ t("page.changed_by", {"author": "<i>Ana</i>"}) }}</p>
                <p>{{ t("page.changed_by", {"author": "<i>Ana</i>" | raw}) }}</p>
                <p>{{ t("team.members_count", {"n": 1}) }} {{ t("team.members_count", {"n": 2}) }}</p>
                <p>{{ t("org_chart.empty_html") }}</p>
                <p>{{ "2026-03-09" | day }}</p>
                """);
        assertTrue(s.build().written());
        assertEquals("""
                <p>by &lt;i&gt;Ana&lt;/i&gt;</p>
                <p>by <i>Ana</i></p>
                <p>1 member 2 members</p>
                <p>No roles yet. Add pages with <code>type: role</code>.</p>
                <p>2026-03-09</p>
                """, s.output("roles/lead/index.html"));
    }
}
