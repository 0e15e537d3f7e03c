package dev.handbook.browser;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.4: the reader's colour scheme (system, light or dark, kept across pages and set before
 * the first paint), and the handbook's own logo and favicon from handbook.yml, found from a page
 * at any depth, from file://.
 */
class LookAndIdentityIT {
    private static final String LIGHT_BG = "rgb(252, 252, 251)";
    private static final String DARK_BG = "rgb(17, 20, 23)";
    private static TestSite site;
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        site = TestSite.of("""
                -- handbook.yml --
                title: Acme
                logo: images/logo.svg
                favicon: assets/favicon.svg
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/></svg>
                -- themes/default/static/assets/favicon.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="8" fill="#c25700"/></svg>
                -- content/index.md --
                # Acme
                Start [here](teams/deep/page.md).
                -- content/teams/deep/page.md --
                ---
                title: A deep page
                ---
                Text.
                """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        browser = Browser.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static String background() {
        return (String) browser.js("return getComputedStyle(document.body).backgroundColor");
    }

    private static WebElement toggle() {
        return browser.driver().findElement(By.cssSelector("header.site-header .scheme-toggle"));
    }

    @Test
    void theReadersChoiceOfSchemeIsKeptAcrossPages() {
        browser.colorScheme("dark");
        browser.open(site.out().resolve("index.html"));
        browser.js("localStorage.clear()");
        browser.open(site.out().resolve("index.html"));
        assertEquals(DARK_BG, background(), "the system's scheme by default");
        assertEquals("Colour scheme: as the system", toggle().getAccessibleName());
        toggle().click();
        assertEquals("Colour scheme: light", toggle().getAccessibleName());
        assertEquals(LIGHT_BG, background(), "light although the system is dark");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                "Colour scheme: light".equals(d.findElement(By.id("announcer")).getAttribute("textContent")));
        browser.open(site.out().resolve("teams/deep/page/index.html"));
        assertEquals(LIGHT_BG, background(), "the choice holds on the next page");
        browser.screenshot("scheme-light-over-dark-system");
        toggle().click();
        assertEquals("Colour scheme: dark", toggle().getAccessibleName());
        browser.colorScheme("light");
        browser.open(site.out().resolve("index.html"));
        assertEquals(DARK_BG, background(), "dark although the system is light");
        browser.screenshot("scheme-dark-over-light-system");
        toggle().click();
        assertEquals("Colour scheme: as the system", toggle().getAccessibleName());
        assertEquals(LIGHT_BG, background());
        assertEquals(null, browser.js("return localStorage.getItem('handbook-scheme')"), "system is the absence of a choice");
    }

    @Test
    void theSchemeIsSetBeforeTheFirstPaint() {
        browser.open(site.out().resolve("index.html"));
        // A script in <head> without defer or async runs before the body is parsed, so before any paint.
        assertEquals(Boolean.TRUE, browser.js("""
                const s = document.querySelector('head script[src$="theme.js"]');
                const dark = document.getElementById('dark-scheme');
                return !!s && !s.defer && !s.async && !!dark
                  && (dark.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
                """));
        browser.js("localStorage.setItem('handbook-scheme', 'dark')");
        browser.colorScheme("light");
        browser.open(site.out().resolve("teams/deep/page/index.html"));
        assertEquals("all", browser.js("return document.getElementById('dark-scheme').media"));
        assertEquals(DARK_BG, background());
        browser.js("localStorage.clear()");
    }

    @Test
    void withoutJavaScriptTheSystemDecidesAndNoToggleShows() {
        try (Browser noJs = Browser.withoutJavaScript(1280, 800)) {
            noJs.colorScheme("dark");
            noJs.open(site.out().resolve("index.html"));
            assertEquals(DARK_BG, (String) noJs.js("return getComputedStyle(document.body).backgroundColor"));
            assertFalse(noJs.driver().findElement(By.cssSelector(".scheme-toggle")).isDisplayed());
        }
    }

    @Test
    void logoAndFaviconComeFromHandbookYmlAtAnyDepth() {
        browser.colorScheme("light");
        browser.open(site.out().resolve("teams/deep/page/index.html"));
        WebElement logo = browser.driver().findElement(By.cssSelector("header.site-header a.site-title img.site-logo"));
        assertEquals("../../../images/logo.svg", logo.getDomAttribute("src"));
        assertEquals("", logo.getAttribute("alt"), "decorative: the title beside it names the link");
        assertTrue(((Number) browser.js("return arguments[0].naturalWidth", logo)).intValue() > 0, "the logo loads");
        assertEquals("Acme", browser.driver().findElement(By.cssSelector("a.site-title")).getAccessibleName());
        String icon = (String) browser.js("return document.querySelector('link[rel=icon]').href");
        assertTrue(icon.endsWith("/site/assets/favicon.svg"), icon);
        assertEquals(Boolean.TRUE, browser.js("""
                return new Promise(res => {
                  const i = new Image(); i.onload = () => res(true); i.onerror = () => res(false); i.src = arguments[0]; });
                """, icon), "the favicon is there");
        browser.screenshot("logo-header");
    }
}
