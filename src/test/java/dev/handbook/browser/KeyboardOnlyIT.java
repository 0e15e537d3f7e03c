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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader with only a keyboard, on a phone-width screen, walks the example handbook: opens and
 * closes the menu, searches and opens a result, switches a content tab, opens a collapsible and
 * copies a runbook's command. Every control is reached with Tab alone (issue 21.10).
 */
class KeyboardOnlyIT {
    private static final Path SITE = Path.of("target/keyboard-site").toAbsolutePath();
    private static final Path PAGE = SITE.resolve("ways-of-working/deployment/index.html");
    private static Browser browser;

    @BeforeAll
    static void build() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        browser = Browser.start(390, 844);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is what {@code wanted} accepts; fails after 200 presses. */
    private static WebElement tabTo(String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < 200; i++) {
            press(Keys.TAB);
            WebElement now = focused();
            if (wanted.test(now)) return now;
        }
        throw new AssertionError("Tab never reaches " + what);
    }

    private static boolean is(WebElement e, String css) {
        return (Boolean) browser.js("return arguments[0].matches(arguments[1]);", e, css);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    @Test
    void menuOpensAndClosesWithEnterAndEscape() {
        browser.open(PAGE);
        WebElement menu = tabTo("the menu button", e -> is(e, ".menu-button"));
        press(Keys.ENTER);
        assertEquals("true", menu.getAttribute("aria-expanded"));
        WebElement nav = browser.driver().findElement(By.id("site-nav"));
        assertTrue(nav.isDisplayed(), "the navigation shows");
        WebElement link = tabTo("a link in the navigation", e -> is(e, "#site-nav a"));
        assertTrue(link.isDisplayed());
        press(Keys.ESCAPE);
        assertEquals("false", menu.getAttribute("aria-expanded"));
        assertEquals(menu, focused(), "Escape gives focus back to the menu button");
    }

    @Test
    void searchIsTypedChosenAndOpenedFromTheKeyboard() {
        browser.open(PAGE);
        WebElement box = tabTo("the search box", e -> is(e, "#search-input"));
        box.sendKeys("incident");
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        press(Keys.ARROW_DOWN);
        assertEquals("true", browser.driver().findElement(By.cssSelector("#search-results [role=option]"))
                .getAttribute("aria-selected"));
        press(Keys.ENTER);
        waiting().until(d -> !d.getCurrentUrl().endsWith("deployment/index.html"));
        assertTrue(browser.driver().getCurrentUrl().contains("incident"), browser.driver().getCurrentUrl());
    }

    @Test
    void aTabIsChosenWithTheArrowKeys() {
        browser.open(PAGE);
        WebElement first = tabTo("a content tab", e -> "tab".equals(e.getAttribute("role")));
        assertEquals("true", first.getAttribute("aria-selected"));
        press(Keys.ARROW_RIGHT);
        WebElement second = focused();
        assertTrue(!second.equals(first) && "tab".equals(second.getAttribute("role")), "the arrow moves to the next tab");
        assertEquals("true", second.getAttribute("aria-selected"));
        assertEquals("false", first.getAttribute("aria-selected"));
        WebElement panel = browser.driver().findElement(By.id(second.getAttribute("aria-controls")));
        assertTrue(panel.isDisplayed(), "the chosen tab's panel shows");
    }

    @Test
    void aCollapsibleOpensWithEnter() {
        browser.open(PAGE);
        WebElement summary = tabTo("a collapsible's summary", e -> is(e, "details.admonition > summary"));
        WebElement details = summary.findElement(By.xpath(".."));
        assertTrue(details.getAttribute("open") == null, "closed as written (???)");
        press(Keys.ENTER);
        assertEquals("true", details.getAttribute("open"));
    }

    @Test
    void aCodeBlockIsCopiedFromTheKeyboard() {
        browser.open(SITE.resolve("runbooks/incident-response/index.html"));
        tabTo("a copy button", e -> is(e, ".code-copy") && e.isDisplayed());
        press(Keys.ENTER);
        waiting().until(d -> !d.findElement(By.id("announcer")).getAttribute("textContent").isEmpty());
        assertEquals("Copied", browser.driver().findElement(By.id("announcer")).getAttribute("textContent"));
    }
}
