package dev.handbook.browser;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.9: every result reachable through "show more", with a count on screen; a hyphenated
 * query is one word ("on-call" does not find "their call"); and typo tolerance ("incdent" finds
 * "incident"). Runs the theme's search.js in headless Chromium on a small site built for it.
 */
class SearchResultsIT {
    private static TestSite site;
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        StringBuilder spec = new StringBuilder("""
                -- content/index.md --
                # Home
                -- content/on-call.md --
                ---
                title: Rota
                ---
                Who is on-call this week, and how the pager works.
                -- content/together.md --
                ---
                title: Tools
                ---
                The oncall tools we use.
                -- content/their-call.md --
                ---
                title: Decisions
                ---
                Whether to ship is their call to make, not ours.
                -- content/incidents.md --
                ---
                title: When things break
                ---
                Our incident response starts with a page.
                -- content/indentation.md --
                ---
                title: Style
                ---
                We indent with two spaces.
                """);
        for (int i = 1; i <= 25; i++) {
            spec.append("-- content/budget-").append(i).append(".md --\n---\ntitle: Plan ").append(i)
                    .append("\n---\nThe budget of quarter ").append(i).append(".\n");
        }
        site = TestSite.of(spec.toString());
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        browser = Browser.start(1280, 900);
        browser.colorScheme("light");
        browser.open(site.out().resolve("index.html"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> pages(String query) {
        return (List<String>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                HandbookSearch.search(arguments[0], null, null, 100).then(
                  r => done(r.results.map(x => x.href.replace(/#.*$/, '').replace(/\\/index\\.html$/, ''))),
                  e => done(['error: ' + e.message]));
                """, query);
    }

    @Test
    void aHyphenatedQueryIsOneWord() {
        assertEquals(List.of("on-call", "together"), pages("on-call").stream().sorted().toList(),
                "the word with or without its hyphen, never 'their call'");
        assertEquals(List.of("on-call", "together"), pages("oncall").stream().sorted().toList());
        assertEquals("their-call", pages("call make").get(0), "the part alone is still a word of its own");
        assertTrue(pages("on-ca").contains("on-call"), "while typing, the hyphenated word is completed whole");
        assertEquals(List.of("on-call"), browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                HandbookSearch.search('on-call ').then(r => done(r.results.find(x => x.href.includes('on-call'))
                  .snippet.filter(p => p[1]).map(p => p[0])));
                """), "the snippet marks the hyphenated word whole");
    }

    @Test
    void aHyphenatedQueryFindsItsPartsWrittenApartWhenEachIsAWord() {
        assertEquals(List.of("incidents"), pages("incident-response "));
        assertEquals("incidents", pages("incident-resp").get(0), "while typing, the parts count as words");
    }

    @Test
    void aTypoOfOneLetterInALongWordStillFinds() {
        assertTrue(pages("incdent").contains("incidents"), "a letter left out");
        assertEquals("incidents", pages("incidnet").get(0), "two letters swapped");
        assertEquals("incidents", pages("incidemt").get(0), "a letter changed");
        assertEquals("incidents", pages("inciddent").get(0), "a letter added");
        assertEquals("incidents", pages("incdent response").get(0), "in a query of several words");
        assertEquals(25, pages("bugdet").size());
        assertEquals(List.of(), pages("incdnt"), "two edits are too far");
        assertEquals(List.of(), pages("oncident"), "the first letter is kept");
        assertEquals(List.of(), pages("pagr"), "a word of four letters is taken as written");
        assertEquals(List.of("indentation"), pages("indent"), "a word that is found is not corrected");
    }

    private static void type(String text) {
        WebElement box = browser.driver().findElement(By.id("search-input"));
        box.sendKeys(text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                box.getAttribute("value").equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
    }

    private static List<WebElement> options() {
        return browser.driver().findElements(By.cssSelector("#search-results [role=option]"));
    }

    @Test
    void showMoreReachesEveryResultAndTheCountIsOnScreen() {
        browser.open(site.out().resolve("index.html"));
        WebElement box = browser.driver().findElement(By.id("search-input"));
        box.click();
        type("budget");
        WebElement count = browser.driver().findElement(By.id("search-count"));
        assertTrue(count.isDisplayed());
        assertEquals("25 results", count.getText());
        assertEquals("25 results, showing the first 10",
                browser.js("return document.getElementById('search-status').textContent"));
        List<WebElement> options = options();
        assertEquals(11, options.size(), "ten results and 'show more'");
        assertEquals("Show more results (15 more)", options.get(10).getText());
        browser.screenshot("search-show-more-desktop");
        for (int i = 0; i < 11; i++) box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("search-result-10", box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> options().size() == 21);
        assertEquals("search-result-10", box.getAttribute("aria-activedescendant"), "the first new result is chosen");
        assertTrue(options().get(10).getText().startsWith("Plan"), options().get(10).getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/index.html"), "still on the page");
        options().get(20).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> options().size() == 25);
        assertEquals("25 results", browser.js("return document.getElementById('search-status').textContent"));
        assertFalse(browser.driver().findElements(By.cssSelector(".search-more")).stream().findAny().isPresent());
        assertEquals(25, options().stream().map(o -> o.getAttribute("href")).distinct().count());
    }

    @Test
    void aSingleResultIsCountedAsOne() {
        browser.open(site.out().resolve("index.html"));
        browser.driver().findElement(By.id("search-input")).click();
        type("pager");
        assertEquals("1 result", browser.driver().findElement(By.id("search-count")).getText());
    }
}
