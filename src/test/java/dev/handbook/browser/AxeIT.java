package dev.handbook.browser;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core finds nothing on the example handbook's pages, in both editions, light and dark, on a
 * desk (1280 px) and on a phone (390 px). To cover another page, add its path to {@link #PAGES}
 * (or {@link #MANAGERS_PAGES} for the managers' edition); every mode runs it. The home page is
 * checked a second time with the search results open, and the deployment page with its collapsible
 * open and its second tab chosen. Issue 22, issue 21.10.
 */
class AxeIT {
    /** Pages of the everyone edition, as paths under the site. */
    static final List<String> PAGES = List.of(
            "index.html",
            "404.html",
            "rituals/stand-up/index.html",
            "ways-of-working/deployment/index.html",
            "overview/recent/index.html",
            "overview/org-chart/index.html",
            "overview/rituals/index.html",
            "overview/responsibilities/index.html",
            "runbooks/incident-response/index.html",
            "roles/engineering-manager/index.html");
    /** Pages of the managers' edition, where restricted rows carry their badges. */
    static final List<String> MANAGERS_PAGES = List.of(
            "overview/rituals/index.html",
            "overview/responsibilities/index.html",
            "roles/head-of-engineering/index.html");

    private static final Path EVERYONE = Path.of("target/axe-site").toAbsolutePath();
    private static final Path MANAGERS = Path.of("target/axe-site-managers").toAbsolutePath();

    @BeforeAll
    static void build() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(EVERYONE), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        BuildResult m = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(MANAGERS).withAudience("managers"),
                Progress.NONE);
        assertTrue(m.written(), m.diagnostics().toString());
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1280, light", "1280, dark", "390, light", "390, dark"})
    void axeFindsNoViolation(int width, String scheme) {
        List<String> found = new ArrayList<>();
        try (Browser browser = Browser.start(width, width < 600 ? 844 : 900)) {
            browser.colorScheme(scheme);
            check(browser, EVERYONE, PAGES, found);
            check(browser, MANAGERS, MANAGERS_PAGES, found);
            searchOpen(browser, found);
            extrasOpen(browser, found);
        }
        assertEquals(List.of(), found, "axe-core violations at " + width + " px, " + scheme);
    }

    private static void searchOpen(Browser browser, List<String> found) {
        browser.open(EVERYONE.resolve("index.html"));
        WebElement box = browser.driver().findElement(By.id("search-input"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> box.isEnabled());
        box.sendKeys("incident");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        for (String v : Axe.violations(browser)) found.add("index.html, search results open: " + v);
    }

    private static void extrasOpen(Browser browser, List<String> found) {
        browser.open(EVERYONE.resolve("ways-of-working/deployment/index.html"));
        browser.js("document.querySelectorAll('details').forEach(d => d.open = true);"
                + "const tabs = document.querySelectorAll('[role=tab]'); if (tabs.length > 1) tabs[1].click();");
        for (String v : Axe.violations(browser)) found.add("deployment, collapsible open, second tab: " + v);
    }

    private static void check(Browser browser, Path site, List<String> pages, List<String> found) {
        for (String page : pages) {
            browser.open(site.resolve(page));
            for (String v : Axe.violations(browser)) found.add(site.getFileName() + "/" + page + ": " + v);
        }
    }
}
