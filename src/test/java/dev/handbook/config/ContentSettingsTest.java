package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nav:, redirects:, fields:, acronyms: and link_style: of handbook.yml (issue 20.1, 20.3, 20.4, 20.6). */
class ContentSettingsTest {
    @Test
    void readsEachSettingInItsShape() {
        Staged<SiteConfig> c = ConfigLoader.parse("""
                nav:
                  - index.md
                  - Guides:
                      - Ruby: guides/ruby.md
                redirects:
                  /old/: new.md
                fields: {last_reviewed_on: reviewed}
                acronyms: [TTS, 18F]
                link_style: md
                """);
        assertEquals(List.of(), c.diagnostics());
        ContentSettings s = c.value().content();
        assertEquals(2, s.nav().size());
        assertEquals(Optional.of("index.md"), s.nav().get(0).path());
        assertTrue(s.nav().get(1).isGroup());
        assertEquals(Optional.of("Ruby"), s.nav().get(1).children().get(0).label());
        assertEquals("handbook.yml:4:9", s.nav().get(1).children().get(0).pos().toString());
        assertEquals("/old/", s.redirects().get(0).from());
        assertEquals(Map.of("last_reviewed_on", "reviewed"), s.fieldNames());
        assertEquals(List.of("TTS", "18F"), s.acronyms());
        assertTrue(s.mdLinks());
    }

    @Test
    void aWrongShapeIsAnErrorAtItsLine() {
        Staged<SiteConfig> c = ConfigLoader.parse("""
                nav:
                  - {a: b, c: d}
                  - Guides: {x: y}
                redirects: [/old/]
                fields: {a: [b]}
                acronyms: [two words]
                link_style: html
                """);
        assertEquals(List.of(
                "handbook.yml:2:5: error: an entry of nav must be a path (getting-started.md) or one 'Label: path' or "
                        + "'Label: [entries]', found a mapping",
                "handbook.yml:3:13: error: the nav entry 'Guides' must name a page (a path) or hold a list of entries",
                "handbook.yml:4:12: error: redirects must map each old address to its new page, e.g. /old/page/: new/page.md",
                "handbook.yml:5:13: error: fields: 'a' must name one field, e.g. reviewed",
                "handbook.yml:6:12: error: acronyms must be a list of single words as they are written, e.g. [API, 18F]",
                "handbook.yml:7:13: error: link_style must be 'any' (the default: every form a page can be reached by) or "
                        + "'md' (links are written as paths of .md files)"),
                c.diagnostics().stream().map(Diagnostic::headline).toList());
    }
}
