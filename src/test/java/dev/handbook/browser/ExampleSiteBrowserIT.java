package dev.handbook.browser;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example handbook as a reader sees it: opened from file:// in headless Chromium, at desktop
 * and phone sizes, in light and dark mode. Screenshots land in target/screenshots for review.
 */
class ExampleSiteBrowserIT {
    private static final Path SITE = Path.of("target/it-site").toAbsolutePath();
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        browser = Browser.start(1400, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void homePageIsStyledAndTheSidebarLeadsToPages() {
        browser.colorScheme("light");
        browser.open(SITE.resolve("index.html"));
        assertEquals("rgb(252, 252, 251)", browser.js("return getComputedStyle(document.body).backgroundColor"),
                "the stylesheet loads from file://");
        List<WebElement> nav = browser.driver().findElements(By.cssSelector("nav.sidebar a"));
        assertTrue(nav.size() >= 5, "top-level sections in the sidebar");
        browser.screenshot("home-desktop-light");
        WebElement roles = browser.driver().findElement(By.cssSelector("nav.sidebar a[href='roles/index.html']"));
        roles.click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/roles/index.html"), browser.driver().getCurrentUrl());
        assertEquals("Roles", browser.driver().findElement(By.cssSelector("main h1")).getText());
        WebElement em = browser.driver().findElement(By.linkText("Engineering Manager"));
        em.click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/roles/engineering-manager/index.html"));
        assertEquals("page", browser.driver().findElement(By.cssSelector("nav.sidebar li.current a"))
                .getAttribute("aria-current"));
        browser.screenshot("role-desktop-light");
    }

    @Test
    void everyLinkOnARolePageLeadsToAnExistingPage() {
        browser.open(SITE.resolve("roles/engineering-manager/index.html"));
        List<String> hrefs = browser.driver().findElements(By.cssSelector("a[href]")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.startsWith("file:")).distinct().toList();
        assertTrue(hrefs.size() > 10);
        for (String href : hrefs) {
            Path file = Path.of(java.net.URI.create(href.replaceAll("#.*$", "")));
            assertTrue(java.nio.file.Files.isRegularFile(file), href);
        }
    }

    @Test
    void keyboardUsersCanSkipToTheContent() {
        browser.open(SITE.resolve("roles/engineering-manager/index.html"));
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        Number top = (Number) browser.js("return arguments[0].getBoundingClientRect().top", focused);
        assertTrue(top.doubleValue() >= 0, "the skip link shows when focused");
        assertFalse(((String) browser.js("return getComputedStyle(arguments[0]).outlineStyle", focused)).equals("none"),
                "focus is visible");
        browser.screenshot("skip-link-focused");
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.js("return document.activeElement.id"));
    }

    @Test
    void darkModeFollowsTheSystemWithReadableContrast() {
        browser.colorScheme("dark");
        browser.open(SITE.resolve("roles/engineering-manager/index.html"));
        assertEquals("rgb(17, 20, 23)", browser.js("return getComputedStyle(document.body).backgroundColor"));
        assertContrast();
        browser.screenshot("role-desktop-dark");
        browser.colorScheme("light");
        browser.open(SITE.resolve("roles/engineering-manager/index.html"));
        assertContrast();
    }

    @Test
    void onAPhoneTheNavigationFoldsBehindAMenuButton() {
        try (Browser phone = Browser.start(390, 844)) {
            phone.open(SITE.resolve("rituals/index.html"));
            WebElement sidebar = phone.driver().findElement(By.cssSelector("nav.sidebar"));
            assertFalse(sidebar.isDisplayed());
            phone.screenshot("rituals-phone");
            phone.driver().findElement(By.cssSelector("header button.menu-button")).click();
            assertTrue(sidebar.isDisplayed());
            phone.screenshot("rituals-phone-menu-open");
            Number width = (Number) phone.js("return document.documentElement.scrollWidth");
            Number viewport = (Number) phone.js("return window.innerWidth");
            assertEquals(390, viewport.intValue());
            assertTrue(width.intValue() <= 390, "no sideways scrolling on a phone: " + width);
        }
    }

    @Test
    void printingShowsOnlyThePage() {
        browser.open(SITE.resolve("runbooks/incident-response/index.html"));
        browser.media("print");
        assertEquals("none", browser.js("return getComputedStyle(document.querySelector('nav.sidebar')).display"));
        assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.site-header')).display"));
        browser.screenshot("runbook-print");
        browser.media("");
    }

    /** WCAG AA: body text and links at least 4.5:1 against the page background. */
    private static void assertContrast() {
        String script = """
                function lum(c) {
                  const m = c.match(/\\d+(\\.\\d+)?/g).map(Number);
                  const [r, g, b] = m.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                }
                function ratio(a, b) { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
                const bg = getComputedStyle(document.body).backgroundColor;
                const text = getComputedStyle(document.querySelector('.prose p')).color;
                const link = getComputedStyle(document.querySelector('.prose a, .sidebar a')).color;
                const muted = getComputedStyle(document.querySelector('.breadcrumbs a')).color;
                return [ratio(text, bg), ratio(link, bg), ratio(muted, bg)];
                """;
        @SuppressWarnings("unchecked")
        List<Number> ratios = (List<Number>) browser.js(script);
        for (Number r : ratios) assertTrue(r.doubleValue() >= 4.5, "contrast " + ratios);
    }
}
