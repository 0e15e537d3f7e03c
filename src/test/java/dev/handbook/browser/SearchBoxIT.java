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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5: the search box as a reader uses it, on the example site opened from file:// (where
 * fetch is blocked): "/" to focus, results while typing, arrows, Enter to follow a result to its
 * heading, Escape to close, and the labels a screen reader announces.
 */
class SearchBoxIT {
    private static final Path SITE = Path.of("target/it-search-box/deep/base path").toAbsolutePath();
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE).withForce(true), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        browser = Browser.start(1280, 900);
        browser.colorScheme("light");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static WebElement input() {
        return browser.driver().findElement(By.id("search-input"));
    }

    /** Types into the box and waits until the results of the whole text are on screen. */
    private static List<WebElement> type(String text) {
        input().sendKeys(text);
        String expected = input().getAttribute("value");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                expected.equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
        return browser.driver().findElements(By.cssSelector("#search-results [role=option]"));
    }

    @Test
    void slashFocusesTheBoxAndResultsAppearWhileTyping() {
        browser.open(SITE.resolve("roles/engineering-manager/index.html"));
        WebElement box = input();
        assertTrue(box.isEnabled(), "search.js enables the box");
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        assertEquals("search-input", browser.js("return document.activeElement.id"));
        List<WebElement> options = type("who runs the retr");
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertFalse(options.isEmpty());
        WebElement first = options.get(0);
        assertEquals("Retrospective", first.findElement(By.className("search-result-title")).getText());
        assertEquals("Rituals", first.findElement(By.className("search-result-path")).getText());
        List<WebElement> marks = first.findElements(By.cssSelector(".search-result-snippet mark"));
        assertFalse(marks.isEmpty(), "matched words are highlighted");
        assertTrue(marks.get(0).getText().toLowerCase().startsWith("retr"), marks.get(0).getText());
        assertTrue(first.getAttribute("href")
                .endsWith("/deep/base%20path/rituals/retrospective/index.html"), "links are relative to the page");
        String status = browser.driver().findElement(By.id("search-status")).getText().isEmpty()
                ? (String) browser.js("return document.getElementById('search-status').textContent")
                : browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ results.*"), status);
        browser.screenshot("search-results-desktop");
    }

    @Test
    void arrowsChooseAResultAndEnterFollowsItToItsHeading() {
        browser.open(SITE.resolve("index.html"));
        input().click();
        List<WebElement> options = type("first 15 minutes");
        assertTrue(options.size() >= 2, "several results");
        WebElement box = input();
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("search-result-0", box.getAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("search-result-1", box.getAttribute("aria-activedescendant"));
        assertEquals("false", options.get(0).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_UP);
        assertEquals("search-result-0", box.getAttribute("aria-activedescendant"));
        String href = options.get(0).getAttribute("href");
        assertTrue(href.endsWith("runbooks/incident-response/index.html#first-15-minutes"), href);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("incident-response"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#first-15-minutes"), browser.driver().getCurrentUrl());
        Number top = (Number) browser.js(
                "return document.getElementById('first-15-minutes').getBoundingClientRect().top");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 300, "the heading is scrolled into view: " + top);
        browser.screenshot("search-followed-to-heading");
    }

    @Test
    void escapeClosesTheListThenClearsTheBox() {
        browser.open(SITE.resolve("rituals/index.html"));
        input().click();
        assertFalse(type("stand").isEmpty());
        WebElement box = input();
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertFalse(browser.driver().findElement(By.id("search-results")).isDisplayed());
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", box.getAttribute("aria-expanded"), "arrow down reopens the list");
        box.sendKeys(Keys.ESCAPE);
        box.sendKeys(Keys.ESCAPE);
        assertEquals("", box.getAttribute("value"));
    }

    @Test
    void theBoxIsAComboboxWithALabelledListbox() {
        browser.open(SITE.resolve("index.html"));
        WebElement box = input();
        assertEquals("combobox", box.getAttribute("role"));
        assertEquals("list", box.getAttribute("aria-autocomplete"));
        assertEquals("search-results", box.getAttribute("aria-controls"));
        assertEquals("Search the handbook",
                browser.driver().findElement(By.cssSelector("label[for=search-input]")).getAttribute("textContent"));
        WebElement list = browser.driver().findElement(By.id("search-results"));
        assertEquals("listbox", list.getAttribute("role"));
        assertEquals("Search results", list.getAttribute("aria-label"));
        assertEquals("polite", browser.driver().findElement(By.id("search-status")).getAttribute("aria-live"));
        box.click();
        type("zzzqqq");
        assertEquals("No results", browser.js("return document.getElementById('search-status').textContent"));
        assertTrue(list.getText().contains("No pages match"), list.getText());
    }

    @Test
    void onAPhoneTheResultsFitTheScreen() {
        try (Browser phone = Browser.start(390, 844)) {
            phone.open(SITE.resolve("index.html"));
            WebElement box = phone.driver().findElement(By.id("search-input"));
            box.click();
            box.sendKeys("deploy");
            new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(d ->
                    "deploy".equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
            Number right = (Number) phone.js("return document.getElementById('search-results').getBoundingClientRect().right");
            assertTrue(right.doubleValue() <= 390, "the list stays on screen: " + right);
            phone.screenshot("search-results-phone");
        }
    }

    /** The same site served over HTTP below a base path, as on an intranet server. */
    @Test
    void overHttpUnderABasePathToo() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/intranet/handbook/", exchange -> {
            String rel = java.net.URLDecoder.decode(exchange.getRequestURI().getRawPath()
                    .substring("/intranet/handbook/".length()), java.nio.charset.StandardCharsets.UTF_8);
            Path file = SITE.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
            boolean ok = file.startsWith(SITE) && java.nio.file.Files.isRegularFile(file);
            byte[] body = ok ? java.nio.file.Files.readAllBytes(file) : new byte[0];
            String type = rel.endsWith(".js") ? "text/javascript" : rel.endsWith(".css") ? "text/css" : "text/html";
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.sendResponseHeaders(ok ? 200 : 404, ok ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String root = "http://127.0.0.1:" + server.getAddress().getPort() + "/intranet/handbook/";
            browser.driver().get(root + "teams/index.html");
            input().click();
            List<WebElement> options = type("lean coffee");
            String href = options.get(0).getAttribute("href");
            assertEquals(root + "rituals/lean-coffee/index.html", href);
            input().sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(href));
        } finally {
            server.stop(0);
        }
    }
}
