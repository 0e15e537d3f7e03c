package dev.handbook.incremental;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.5: handbook serve follows the site's words. A new language, or a message file of the
 * handbook's theme folder, changes what every template writes and what the parser writes into
 * pages (heading links, the runbook's checklist): every page is rendered again, and the result is
 * the site a clean build makes.
 */
class LanguageRebuildTest {
    private TestSite site;
    private BuildOptions options;
    private IncrementalBuild build;

    @BeforeEach
    void start() {
        site = TestSite.of("""
                -- content/index.md --
                # Start

                ## Erste Schritte
                -- content/runbooks/restore.md --
                ---
                type: runbook
                title: Restore
                trigger: The database is gone.
                severity: SEV1
                service: db
                owner: dba
                ---
                1. Breathe.
                2. Restore.
                -- content/roles/dba.md --
                ---
                type: role
                title: DBA
                summary: Keeps the data.
                ---
                -- handbook.yml --
                title: Test
                """);
        options = site.options().withToday(LocalDate.of(2026, 11, 1)).withThreads(2);
        build = IncrementalBuild.start(options, Progress.NONE);
        assertTrue(build.last().ok(), build.last().diagnostics().toString());
    }

    @AfterEach
    void stop() {
        build.close();
    }

    private String page(String path) {
        return new String(build.site().get(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void aNewLanguageRewritesEveryPage() {
        site.file("handbook.yml", "title: Test\nlanguage: fr\n");
        Rebuild r = build.apply(Changes.of("handbook.yml"));
        assertEquals(Rebuild.Scope.FULL, r.scope());
        String runbook = page("runbooks/restore/index.html");
        assertTrue(runbook.contains("<button type=\"button\" class=\"checklist-reset\">Réinitialiser</button>"), runbook);
        assertTrue(page("index.html").contains("aria-label=\"Lien vers cette section\""), "parsed again in French");
        FreshBuild.assertSame(build, options, "language: fr");
    }

    @Test
    void aMessageFileOfTheHandbooksThemeRewritesEveryPage() {
        site.file("themes/default/i18n/en.yml", "site:\n  skip_link: Jump to the text\nheading:\n  anchor_label: Link here\n");
        Rebuild r = build.apply(Changes.of("themes", "themes/default", "themes/default/i18n",
                "themes/default/i18n/en.yml"));
        assertTrue(build.last().ok(), build.last().diagnostics().toString());
        assertTrue(r.rendered().contains("runbooks/restore/index.html"), r.rendered().toString());
        assertTrue(page("runbooks/restore/index.html").contains(">Jump to the text</a>"));
        assertTrue(page("index.html").contains("aria-label=\"Link here\""));
        FreshBuild.assertSame(build, options, "i18n/en.yml of the handbook");
    }
}
