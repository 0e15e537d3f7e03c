package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A template that would run for ever is stopped with an error naming it (issue 9). */
class RunawayTemplateTest {
    private static TestSite siteWithLayout(String body) {
        return TestSite.of("-- content/index.md --\n# Home\n-- content/a.md --\n# A\n"
                + "-- themes/default/layouts/page.peb --\n" + body);
    }

    @Test
    void deepRecursionIsAnErrorNamingTheTemplate() {
        TestSite site = siteWithLayout("{% macro down(n) %}{{ down(n + 1) }}{% endmacro %}{{ down(1) }}\n");
        BuildResult r = site.build();
        assertFalse(r.written());
        assertEquals(List.of("themes/default/layouts/page.peb: error: template error: recursion too deep while "
                + "rendering a/index.html (a macro calling itself for ever?)"), TestSite.headlines(r));
    }

    @Test
    void hugeOutputIsStopped() {
        // 400 characters a step: the page passes 20 MB before the ranges' step budget runs out.
        TestSite site = siteWithLayout("{% for i in range(1, 100000000) %}{{ '" + "x".repeat(400) + "' }}{% endfor %}\n");
        BuildResult r = site.build();
        assertFalse(r.written());
        assertEquals(List.of("themes/default/layouts/page.peb: error: template error: the page grew past 20 MB and was "
                + "stopped (a runaway loop?)"), TestSite.headlines(r));
    }

    @Test
    void aRunawayLoopInsideAMacroIsStoppedBeforeItsOutputFillsMemory() {
        // The macro's output never reaches the page while the loop runs, so the page's size cap
        // cannot see it; ten seconds of this loop filled 3.7 GB.
        TestSite site = siteWithLayout("{% macro big() %}{% for i in range(1, 2000000000) %}"
                + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}"
                + "{% endmacro %}{{ big() }}\n");
        BuildResult r = site.build();
        assertFalse(r.written());
        assertEquals(List.of("themes/default/layouts/page.peb:1: error: template error: the template's ranges ran "
                + "past 100,000 steps for one page and were stopped (a runaway loop?)"), TestSite.headlines(r));
    }

    @Test
    void manySmallRangesCountTowardsThePagesSteps() {
        TestSite site = siteWithLayout("{% for i in range(1, 400) %}{% for j in range(1, 300) %}{% endfor %}"
                + "{% endfor %}\n");
        assertEquals(List.of("themes/default/layouts/page.peb:1: error: template error: the template's ranges ran "
                + "past 100,000 steps for one page and were stopped (a runaway loop?)"), TestSite.headlines(site.build()));
    }

    @Test
    void rangesUnderTheStepBudgetRender() {
        TestSite site = siteWithLayout("{% for i in range(1, 300) %}{% for j in range(1, 300) %}{% endfor %}"
                + "{% endfor %}ok\n");
        assertTrue(site.build().written());
        assertEquals("ok", site.output("a/index.html").strip());
    }

    @Test
    void longLoopWithoutOutputIsStoppedByTheTimeBudget() {
        TestSite site = siteWithLayout("{% for i in 1..2000000000 %}{% for j in range(1, 2000000000) %}{% endfor %}"
                + "{% endfor %}\n");
        Theme theme = ThemeLoader.locate(site.root(), "default").value().orElseThrow();
        dev.handbook.resolve.ResolvedSite resolved = ResolvedSites.of(site);
        SiteRenderer renderer = SiteRenderer.create(theme, SiteConfig.standard(), resolved.messages()).value()
                .orElseThrow();
        renderer.pageBudgetMillis = 0; // the clock, looked at on the first step, before the step budget
        int page = resolved.pages().stream().filter(p -> p.path().equals("a.md")).findFirst().orElseThrow().index();
        Staged<Optional<OutputFile>> out = renderer.renderPage(resolved, page);
        assertTrue(out.value().isEmpty());
        assertEquals("themes/default/layouts/page.peb:1: error: template error: the template ran past its time budget "
                + "for one page and was stopped (a runaway loop?)", out.diagnostics().get(0).headline());
    }

    @Test
    void ordinaryRangesStillWork() {
        TestSite site = siteWithLayout("{% for i in range(1, 3) %}[{{ i }}]{% endfor %}{% for c in 'a'..'c' %}{{ c }}"
                + "{% endfor %}{% for i in range(6, 2, -2) %}<{{ i }}>{% endfor %}\n");
        assertTrue(site.build().written());
        assertEquals("[1][2][3]abc<6><4><2>", site.output("a/index.html").strip());
    }
}
