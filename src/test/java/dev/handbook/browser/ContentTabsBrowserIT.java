package dev.handbook.browser;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import dev.handbook.serve.DevServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.6 in a browser: content tabs are an ARIA tab list that the keyboard operates (arrows,
 * Home, End, Tab into the panel), also under the Content-Security-Policy that serve sends; without
 * script every panel shows under its label; a collapsible opens and closes by mouse and keyboard
 * without any script. Screenshots of the example handbook's deployment page at 1280 and 390 px,
 * light and dark, land in target/screenshots.
 */
class ContentTabsBrowserIT {
    private static final Path EXAMPLE = Path.of("target/it-site-tabs").toAbsolutePath();
    private static TestSite site;
    private static DevServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws java.io.IOException {
        site = TestSite.of("""
                -- content/index.md --
                # Install

                Read the SLA first.

                === "macOS"

                    ```sh
                    brew install acme
                    ```

                === "Linux"
                    Use apt, as the ==SLA== says.

                ===+ "Windows"
                    Use the installer.

                ## Afterwards

                ??? note "Why a second step"
                    Because the first one only installs the tool.

                    ## Inside heading

                *[SLA]: Service level agreement
                """);
        server = DevServer.start(site.options().withToday(LocalDate.of(2026, 11, 1)), "127.0.0.1", 0, Progress.NONE,
                new DevServer.Listener() {
                    @Override
                    public void built(dev.handbook.incremental.Rebuild rebuild, dev.handbook.incremental.Changes cause) {
                    }

                    @Override
                    public void crashed(dev.handbook.incremental.Changes cause, RuntimeException error) {
                        error.printStackTrace();
                    }
                });
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(EXAMPLE), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static List<WebElement> tabs() {
        return browser.driver().findElements(By.cssSelector("[role=tablist] [role=tab]"));
    }

    private static List<Boolean> shown() {
        return browser.driver().findElements(By.cssSelector(".tabbed-panel")).stream().map(WebElement::isDisplayed).toList();
    }

    @Test
    void tabsAreATabListThatArrowKeysHomeAndEndOperateUnderServesPolicy() {
        openServed();
        List<WebElement> tabs = tabs();
        assertEquals(List.of("macOS", "Linux", "Windows"), tabs.stream().map(WebElement::getText).toList(),
                "tabs.js ran under serve's Content-Security-Policy");
        assertEquals(List.of(false, false, true), shown(), "===+ is the tab shown first");
        WebElement windows = tabs.get(2);
        assertEquals("true", windows.getAttribute("aria-selected"));
        assertEquals("0", windows.getAttribute("tabindex"));
        assertEquals("-1", tabs.get(0).getAttribute("tabindex"), "one tab stop for the whole list");
        WebElement panel = browser.driver().findElement(By.id(windows.getAttribute("aria-controls")));
        assertEquals("tabpanel", panel.getAttribute("role"));
        assertEquals(windows.getAttribute("id"), panel.getAttribute("aria-labelledby"));

        windows.click();
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals("macOS", focused().getText(), "the right arrow wraps to the first tab");
        assertEquals(List.of(true, false, false), shown(), "moving selects (automatic activation)");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        assertEquals("Windows", focused().getText(), "the left arrow wraps to the last tab");
        new Actions(browser.driver()).sendKeys(Keys.HOME).perform();
        assertEquals("macOS", focused().getText());
        new Actions(browser.driver()).sendKeys(Keys.END).perform();
        assertEquals("Windows", focused().getText());
        new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        assertEquals(List.of(false, true, false), shown());
        browser.screenshot("tabs-keyboard-focus");
        assertEquals("true", focused().getAttribute("aria-selected"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("tabpanel", focused().getAttribute("role"), "Tab leaves the tab list for the panel");
        assertTrue(focused().getText().contains("Use apt"), focused().getText());

        tabs.get(0).click();
        assertEquals(List.of(true, false, false), shown(), "a click selects too");
        WebElement abbr = browser.driver().findElement(By.cssSelector("main p abbr"));
        assertEquals("Service level agreement", abbr.getAttribute("title"));
        WebElement inHidden = browser.driver().findElement(By.cssSelector(".tabbed-panel mark abbr"));
        assertEquals("SLA", inHidden.getAttribute("textContent"), "an abbreviation inside a mark, in a hidden panel");
        assertEquals("Service level agreement", inHidden.getAttribute("title"));
    }

    @Test
    void aCollapsibleOpensAndClosesByMouseAndKeyboard() {
        openServed();
        WebElement details = browser.driver().findElement(By.cssSelector("details.admonition"));
        WebElement body = details.findElement(By.cssSelector("p"));
        assertFalse(body.isDisplayed(), "??? starts closed");
        WebElement summary = details.findElement(By.tagName("summary"));
        summary.click();
        assertTrue(body.isDisplayed());
        summary.sendKeys(Keys.ENTER);
        assertFalse(body.isDisplayed(), "Enter on the focused summary closes it");
        summary.sendKeys(Keys.SPACE);
        assertTrue(body.isDisplayed(), "Space opens it");
    }

    @Test
    void withoutScriptEveryPanelShowsUnderItsLabelAndCollapsiblesStillWork() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            openServed();
            assertEquals(List.of(), tabs());
            assertEquals(List.of(true, true, true), shown());
            List<WebElement> labels = browser.driver().findElements(By.cssSelector(".tabbed-label"));
            assertEquals(List.of("h2", "h2", "h2"), labels.stream().map(WebElement::getTagName).toList(),
                    "one level below the page title, the heading the set stands under");
            assertTrue(labels.stream().allMatch(WebElement::isDisplayed));
            WebElement details = browser.driver().findElement(By.cssSelector("details.admonition"));
            details.findElement(By.tagName("summary")).click();
            assertTrue(details.findElement(By.cssSelector("p")).isDisplayed());
            browser.open(EXAMPLE.resolve("ways-of-working/deployment/index.html"));
            browser.js(SCROLL_TO, "#rolling-back");
            browser.screenshot("tabs-desktop-no-script");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void printedEveryPanelShowsUnderItsLabel() {
        openServed();
        browser.media("print");
        try {
            assertEquals(List.of(true, true, true), shown());
            assertTrue(browser.driver().findElements(By.cssSelector(".tabbed-label")).stream().allMatch(WebElement::isDisplayed));
            assertFalse(browser.driver().findElement(By.cssSelector("[role=tablist]")).isDisplayed());
        } finally {
            browser.media("");
        }
    }

    @Test
    void aLinkToSomethingInAHiddenPanelOpensThatPanel() {
        openServed();
        String id = (String) browser.js("var p = document.querySelectorAll('.tabbed-panel')[1]; p.querySelector('p').id = 'in-linux'; return 'in-linux';");
        browser.js("location.hash = arguments[0]", id);
        assertEquals(List.of(false, true, false), shown());
    }

    @Test
    void theExampleDeploymentPageAtDesktopAndPhoneSizesInLightAndDark() {
        Path page = EXAMPLE.resolve("ways-of-working/deployment/index.html");
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.open(page);
            browser.js(SCROLL_TO, "#rolling-back");
            browser.screenshot("tabs-desktop-" + scheme);
            browser.js(SCROLL_TO, "details.admonition");
            browser.screenshot("collapsible-closed-desktop-" + scheme);
            browser.js("document.querySelector('details.admonition summary').click()");
            browser.js(SCROLL_TO, "details.admonition");
            browser.screenshot("collapsible-desktop-" + scheme);
            try (Browser phone = Browser.start(390, 844)) {
                phone.colorScheme(scheme);
                phone.open(page);
                phone.js(SCROLL_TO, "#rolling-back");
                phone.screenshot("tabs-phone-" + scheme);
                phone.js("document.querySelector('details.admonition summary').click()");
                phone.js(SCROLL_TO, "details.admonition");
                phone.screenshot("collapsible-phone-" + scheme);
                Number width = (Number) phone.js("return document.documentElement.scrollWidth");
                assertTrue(width.intValue() <= 390, "no sideways scrolling on a phone: " + width);
            }
        }
        browser.colorScheme("light");
        assertEquals(2, tabs().size(), "tabs work from file://");
    }

    @Test
    void onlyPagesWithTabsLoadTheTabScript() {
        browser.open(EXAMPLE.resolve("ways-of-working/deployment/index.html"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("script[src$='tabs.js']")).size());
        browser.open(EXAMPLE.resolve("ways-of-working/release/index.html"));
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("script[src$='tabs.js']")));
    }

    /** Scrolls an element to the top of the window, below the sticky header. */
    private static final String SCROLL_TO = "var e = document.querySelector(arguments[0]); e.scrollIntoView();"
            + " window.scrollBy(0, -document.querySelector('.site-header').offsetHeight - 8)";

    /** Opens the served page once its first build is in (serve answers before it is done). */
    private static void openServed() {
        browser.driver().get(server.url().toString());
        for (int i = 0; i < 50 && browser.driver().findElements(By.cssSelector(".tabbed-set")).isEmpty(); i++) {
            sleep();
            browser.driver().navigate().refresh();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }
}
