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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.5: a German handbook as a reader meets it in a browser. What the scripts show and say
 * (the search box's counts and messages, the copy button, the colour-scheme button, the menu on a
 * phone) is German: the scripts take every word from the page, which the German messages wrote.
 */
class LanguagesIT {
    private static TestSite site;
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        site = TestSite.of("""
                -- handbook.yml --
                title: Handbuch
                language: de
                -- content/index.md --
                ---
                title: Start
                ---
                Willkommen. Lies zuerst die [Bereitschaft](bereitschaft.md).
                -- content/bereitschaft.md --
                ---
                title: Bereitschaft
                ---
                ## Übergabe

                Die Übergabe der Bereitschaft geschieht montags.

                ```sh
                pager handover --to next
                ```

                ## Eskalation

                Wer eskaliert wann.
                -- content/urlaub.md --
                ---
                title: Urlaub
                ---
                Urlaub beantragen und vertreten werden.
                """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        browser = Browser.start(1280, 900);
        browser.colorScheme("light");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static WebElement byId(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static void search(String text) {
        WebElement input = byId("search-input");
        input.clear();
        input.sendKeys(text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                text.equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
    }

    @Test
    void theSearchBoxSpeaksGerman() {
        browser.open(site.out().resolve("index.html"));
        WebElement input = byId("search-input");
        assertEquals("Suchen (Taste /)", input.getAttribute("placeholder"));
        assertEquals("Das Handbuch durchsuchen", input.getAccessibleName());
        assertTrue(byId("search-note").getAttribute("textContent").startsWith("Die Ergebnisse erscheinen schon beim Tippen."));
        search("urlaub");
        assertEquals("1 Ergebnis", byId("search-count").getText());
        search("bereitschaft");
        assertEquals("2 Ergebnisse", byId("search-count").getText());
        search("zzzqqq");
        assertEquals("Keine Seite passt zu „zzzqqq“.", browser.driver().findElement(By.cssSelector(".search-empty")).getText());
        assertEquals("Keine Ergebnisse", byId("search-status").getAttribute("textContent"), "what a screen reader hears");
        assertEquals("Suchergebnisse", byId("search-results").getAccessibleName());
        browser.screenshot("languages-de-search");
        input.sendKeys(Keys.ESCAPE);
    }

    @Test
    void theCopyButtonSaysKopiert() {
        browser.open(site.out().resolve("bereitschaft/index.html"));
        browser.js("navigator.clipboard.writeText = t => Promise.resolve();");
        WebElement button = browser.driver().findElement(By.cssSelector("pre + button"));
        assertEquals("Kopieren", button.getText());
        assertEquals("Code kopieren", button.getAccessibleName());
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                "Kopiert".equals(d.findElement(By.id("announcer")).getAttribute("textContent")));
        assertEquals("Kopiert", button.getText());
    }

    @Test
    void theSchemeButtonNamesEachSchemeInGerman() {
        browser.open(site.out().resolve("bereitschaft/index.html"));
        browser.js("localStorage.clear()");
        browser.open(site.out().resolve("bereitschaft/index.html"));
        WebElement toggle = browser.driver().findElement(By.cssSelector("button.scheme-toggle"));
        assertEquals("Farbschema: wie im System", toggle.getAccessibleName());
        toggle.click();
        assertEquals("Farbschema: hell", toggle.getAccessibleName());
        toggle.click();
        assertEquals("Farbschema: dunkel", toggle.getAccessibleName());
        toggle.click();
    }

    @Test
    void onAPhoneTheMenuAndThePageContentsAreGerman() {
        try (Browser phone = Browser.start(390, 844)) {
            phone.colorScheme("light");
            phone.open(site.out().resolve("bereitschaft/index.html"));
            WebElement menu = phone.driver().findElement(By.cssSelector("header.site-header button.menu-button"));
            assertTrue(menu.isDisplayed());
            assertEquals("Menü", menu.getText());
            assertEquals("Auf dieser Seite", phone.driver().findElement(By.cssSelector(".toc-inline summary")).getText());
            menu.click();
            assertEquals("true", menu.getAttribute("aria-expanded"));
            assertEquals("Bereiche des Handbuchs", phone.driver().findElement(By.id("site-nav")).getAccessibleName());
            phone.screenshot("languages-de-phone-menu");
        }
    }
}
