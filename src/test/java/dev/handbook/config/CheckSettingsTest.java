package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code check:} block of handbook.yml (issue 7). */
class CheckSettingsTest {
    @Test
    void defaultsWithoutACheckBlock() {
        CheckSettings c = ConfigLoader.parse("title: A\n").value().check();
        assertEquals(Set.of(), c.ignore());
        assertEquals(CheckSettings.External.standard(), c.external());
        assertEquals(Duration.ofSeconds(10), c.external().timeout());
        assertEquals(2, c.external().perHost());
        assertEquals(Duration.ofHours(24), c.external().cacheFor());
    }

    @Test
    void readsIgnoreAndExternalSettings() {
        Staged<SiteConfig> c = ConfigLoader.parse("""
                check:
                  ignore: [link-text, orphan]
                  external:
                    exclude: ["https://intranet.acme.test/*", "*linkedin.com*"]
                    timeout: 3
                    per_host: 1
                    concurrency: 4
                    cache_hours: 72
                """);
        assertEquals(List.of(), c.diagnostics());
        CheckSettings s = c.value().check();
        assertEquals(Set.of("link-text", "orphan"), s.ignore());
        assertEquals(new CheckSettings.External(List.of("https://intranet.acme.test/*", "*linkedin.com*"),
                Duration.ofSeconds(3), 1, 4, Duration.ofHours(72)), s.external());
    }

    @Test
    void unknownKeysAndRuleIdsAreWarningsAtTheirPosition() {
        Staged<SiteConfig> c = ConfigLoader.parse("""
                check:
                  ignore: [link-txt, orphan]
                  extrenal: {}
                """);
        assertEquals(List.of(
                "handbook.yml:2:12: warning: unknown rule id 'link-txt' in check.ignore (did you mean 'link-text'?)",
                "handbook.yml:3:3: warning: unknown setting 'check.extrenal' (did you mean 'external'?)"),
                c.diagnostics().stream().sorted(Diagnostic.ORDER).map(Diagnostic::headline).toList());
        assertEquals(Set.of("orphan"), c.value().check().ignore());
    }

    @Test
    void wrongValuesAreErrors() {
        Staged<SiteConfig> c = ConfigLoader.parse("""
                check:
                  external:
                    timeout: soon
                    per_host: 0
                """);
        assertEquals(List.of(
                "handbook.yml:3:14: error: check.external.timeout must be a whole number of seconds, at least 1",
                "handbook.yml:4:15: error: check.external.per_host must be a whole number of requests, at least 1"),
                c.diagnostics().stream().map(Diagnostic::headline).toList());
        Staged<SiteConfig> notAMap = ConfigLoader.parse("check: yes\n");
        assertEquals(List.of("handbook.yml:1:8: error: check must be a mapping, found a text value"),
                notAMap.diagnostics().stream().map(Diagnostic::headline).toList());
    }
}
