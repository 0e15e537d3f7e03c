package dev.handbook.browser;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.3: the example handbook on a phone and at high zoom. The menu is a real button in the
 * header landmark that keyboard and screen-reader users can operate; without JavaScript the
 * navigation follows the page; "on this page" is reachable at every width; and no page of the site
 * scrolls sideways at 320 px, wide tables and code scrolling in their own focusable region instead.
 */
class PhoneAndZoomIT {
    private static final Path SITE = Path.of("target/it-phone").toAbsolutePath();

    @BeforeAll
    static void build() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE).withForce(true), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
    }

    private static WebElement active(Browser b) {
        return b.driver().switchTo().activeElement();
    }

    @Test
    void theMenuIsAButtonInTheHeaderThatTheKeyboardOpensAndCloses() {
        try (Browser phone = Browser.start(390, 844)) {
            phone.open(SITE.resolve("rituals/index.html"));
            WebElement button = phone.driver().findElement(By.cssSelector("header.site-header button.menu-button"));
            WebElement nav = phone.driver().findElement(By.id("site-nav"));
            assertTrue(button.isDisplayed());
            assertEquals("site-nav", button.getAttribute("aria-controls"));
            assertEquals("false", button.getAttribute("aria-expanded"));
            assertEquals("Menu", button.getAccessibleName());
            assertFalse(nav.isDisplayed());
            phone.screenshot("phone-menu-closed-light");

            // From the top of the page, Tab by Tab, as a keyboard user gets there.
            phone.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            for (int i = 0; i < 8 && !button.equals(active(phone)); i++) active(phone).sendKeys(Keys.TAB);
            assertEquals(button, active(phone), "Tab reaches the menu button");
            button.sendKeys(Keys.ENTER);
            assertEquals("true", button.getAttribute("aria-expanded"));
            assertTrue(nav.isDisplayed());
            phone.screenshot("phone-menu-open-light");
            active(phone).sendKeys(Keys.TAB);
            assertTrue((Boolean) phone.js("return document.getElementById('site-nav').contains(document.activeElement)"),
                    "the next Tab goes into the navigation it opened");
            active(phone).sendKeys(Keys.ESCAPE);
            assertEquals("false", button.getAttribute("aria-expanded"));
            assertFalse(nav.isDisplayed());
            assertEquals(button, active(phone), "Escape closes the menu and returns to its button");
            button.sendKeys(Keys.SPACE);
            assertEquals("true", button.getAttribute("aria-expanded"), "Space works as on any button");

            phone.colorScheme("dark");
            phone.open(SITE.resolve("rituals/index.html"));
            phone.screenshot("phone-menu-closed-dark");
        }
    }

    @Test
    void withoutJavaScriptTheNavigationFollowsThePage() {
        try (Browser phone = Browser.withoutJavaScript(390, 844)) {
            phone.open(SITE.resolve("rituals/index.html"));
            assertFalse(phone.driver().findElement(By.cssSelector(".menu-button")).isDisplayed(),
                    "no button that could do nothing");
            assertFalse(phone.driver().findElement(By.cssSelector(".scheme-toggle")).isDisplayed());
            WebElement nav = phone.driver().findElement(By.id("site-nav"));
            assertTrue(nav.isDisplayed());
            Number navTop = (Number) phone.js("return arguments[0].getBoundingClientRect().top", nav);
            Number mainBottom = (Number) phone.js("return document.getElementById('main').getBoundingClientRect().bottom");
            assertTrue(navTop.doubleValue() >= mainBottom.doubleValue(), "the navigation comes after the page");
        }
    }

    @Test
    void onThisPageIsReachableAtEveryWidth() {
        for (int width : new int[]{1280, 1000, 390}) {
            try (Browser b = Browser.start(width, 900)) {
                b.open(SITE.resolve("roles/engineering-manager/index.html"));
                WebElement side = b.driver().findElement(By.cssSelector("aside.toc"));
                WebElement inline = b.driver().findElement(By.cssSelector("main .toc-inline"));
                assertTrue(side.isDisplayed() != inline.isDisplayed(), "one of the two at " + width + " px");
                WebElement toc = side.isDisplayed() ? side : inline;
                if (width < 1152) {
                    assertFalse(toc.findElement(By.tagName("ul")).isDisplayed(), "folded at first");
                    toc.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
                    b.screenshot("on-this-page-" + width);
                }
                WebElement link = toc.findElement(By.cssSelector("a[href='#what-the-job-looks-like-week-to-week']"));
                assertTrue(link.isDisplayed(), width + " px");
                link.click();
                assertTrue(b.driver().getCurrentUrl().endsWith("#what-the-job-looks-like-week-to-week"));
            }
        }
    }

    @Test
    void noPageScrollsSidewaysAt320PxAndWhatScrollsInsideTakesFocus() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(SITE)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 40, "every page of the example: " + pages.size());
        List<String> wide = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        try (Browser phone = Browser.start(320, 720)) {
            for (Path page : pages) {
                phone.open(page);
                phone.js("return new Promise(r => setTimeout(r, 50))");
                String name = SITE.relativize(page).toString();
                Number width = (Number) phone.js("return document.documentElement.scrollWidth");
                if (width.intValue() > 320) wide.add(name + " is " + width + " px wide");
                // axe's scrollable-region-focusable: what scrolls must be reachable by keyboard.
                @SuppressWarnings("unchecked")
                List<String> blocks = (List<String>) phone.js("""
                        return [...document.querySelectorAll('main *')].filter(el => {
                          const s = getComputedStyle(el);
                          return /(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1
                            && !(el.tabIndex >= 0 && el.getAttribute('tabindex') !== null)
                            && !el.querySelector('a[href], button, input, select, textarea, [tabindex]');
                        }).map(el => el.tagName + '.' + el.className);
                        """);
                for (String b : blocks) unreachable.add(name + ": " + b);
            }
            phone.open(SITE.resolve("rituals/index.html"));
            phone.screenshot("rituals-320");
        }
        assertEquals(List.of(), wide);
        assertEquals(List.of(), unreachable);
    }
}
