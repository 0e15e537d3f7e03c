package dev.handbook.browser;

import dev.handbook.TestSite;
import dev.handbook.incremental.Changes;
import dev.handbook.incremental.Rebuild;
import dev.handbook.pipeline.Progress;
import dev.handbook.serve.DevServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6, the browser's view of {@code handbook serve}: a page opened over HTTP reloads by itself
 * when its Markdown is saved and shows the new text; a build error puts an overlay over it listing
 * every error's position and message as text; fixing the file takes the overlay away. A page that
 * did not change is left alone, also when the search index catches up, and its search box then
 * finds the words just saved.
 */
class ServeBrowserIT {
    private static TestSite site;
    private static DevServer server;
    private static Browser browser;
    private static final AtomicLong builds = new AtomicLong();

    @BeforeAll
    static void start() throws IOException {
        site = TestSite.of("""
                -- content/index.md --
                # Handbook

                See the [engineering manager](roles/em.md).
                -- content/roles/em.md --
                ---
                title: Engineering manager
                ---
                Leads a product team.
                -- content/roles/tech-lead.md --
                ---
                title: Tech lead
                ---
                Sets the technical direction.
                """);
        server = DevServer.start(site.options().withToday(LocalDate.of(2026, 11, 1)), "127.0.0.1", 0, Progress.NONE,
                new DevServer.Listener() {
                    @Override
                    public void built(Rebuild rebuild, Changes cause) {
                        builds.incrementAndGet();
                    }

                    @Override
                    public void crashed(Changes cause, RuntimeException error) {
                        error.printStackTrace();
                    }
                });
        browser = Browser.start(1200, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void savingMarkdownReloadsThePageWithTheNewTextAndErrorsShowOverIt() throws Exception {
        browser.driver().get(server.url().resolve("roles/em/").toString());
        assertEquals("Engineering manager", browser.driver().findElement(By.cssSelector("main h1")).getText());
        awaitLiveReloadConnected();
        markPage();

        write("content/roles/em.md", "---\ntitle: Engineering manager\n---\nLeads a product team. Freshly saved text.\n");
        await("the page reloads with the new text", () -> !pageMarked()
                && browser.driver().findElement(By.tagName("main")).getText().contains("Freshly saved text."));
        browser.screenshot("serve-reloaded");

        awaitLiveReloadConnected();
        markPage();
        write("content/roles/em.md", "---\ntitle: Engineering manager\n---\nSee [[role:<b>nobody</b>]].\n");
        WebElement overlay = await("the error overlay", () -> {
            List<WebElement> o = browser.driver().findElements(By.id("handbook-serve-overlay"));
            return o.isEmpty() || !o.get(0).isDisplayed() ? null : o.get(0);
        });
        String text = overlay.getText();
        assertTrue(text.contains("The handbook has 1 error"), text);
        assertTrue(text.contains("content/roles/em.md:4:12"), text);
        assertTrue(text.contains("unknown role '<b>nobody</b>'"), "the message as text: " + text);
        assertTrue(overlay.findElements(By.tagName("b")).isEmpty(), "no markup from the message");
        assertTrue(pageMarked(), "the overlay comes without a reload");
        assertEquals("fixed", overlay.getCssValue("position"), "the overlay's style passes serve's CSP (issue 23.3)");
        browser.screenshot("serve-error-overlay");

        write("content/roles/em.md", "---\ntitle: Engineering manager\n---\nSee the [[tech-lead]] now.\n");
        await("the fix takes the overlay away", () -> browser.driver().findElements(By.id("handbook-serve-overlay")).isEmpty()
                && browser.driver().findElement(By.tagName("main")).getText().contains("See the Tech lead now."));
    }

    @Test
    void aPageThatDidNotChangeIsNotReloaded() throws Exception {
        browser.driver().get(server.url().resolve("roles/tech-lead/").toString());
        awaitLiveReloadConnected();
        markPage();
        long before = builds.get();
        write("content/index.md", "# Handbook\n\nSee the [engineering manager](roles/em.md), and more.\n");
        await("the build", () -> builds.get() > before);
        Thread.sleep(1500); // time for the event to reach the page, were it going to reload
        assertTrue(pageMarked(), "the tech lead's page did not change");
    }

    @Test
    void anOpenPageSearchesTheNewIndexWithoutReloading() throws Exception {
        browser.driver().get(server.url().resolve("roles/tech-lead/").toString());
        awaitLiveReloadConnected();
        assertEquals(List.of("Tech lead"), search("direction"), "the index of the first build");
        markPage();
        long version = server.build().site().version();
        write("content/index.md", "# Handbook\n\nSee the [engineering manager](roles/em.md). Quokka rota.\n");
        await("the search index of the new text", () -> server.build().site().version() > version
                && !server.build().searchPending());
        assertEquals(List.of("Handbook"), await("the new word found", () -> {
            List<String> found = search("quokka");
            return found.isEmpty() ? null : found;
        }));
        assertTrue(pageMarked(), "neither the home page's change nor the new index reloads this page");
        assertEquals(List.of(), search("zzqxnothing"));
        browser.driver().findElement(By.id("search-input")).sendKeys(org.openqa.selenium.Keys.ENTER);
        Thread.sleep(500);
        assertTrue(pageMarked(), "Enter with no result submits nothing: the theme's onsubmit passes the CSP");
    }

    // issue 23.3: serve's Content-Security-Policy runs the theme's and serve's scripts, and no inline one
    @Test
    void aScriptThatGotIntoAPageDoesNotRun() throws Exception {
        browser.driver().get(server.url().resolve("roles/tech-lead/").toString());
        awaitLiveReloadConnected();
        browser.js("var s = document.createElement('script'); s.textContent = 'window.__injected = true;';"
                + " document.body.appendChild(s);"
                + " var i = document.createElement('img'); i.setAttribute('onerror', 'window.__handler = true');"
                + " i.src = 'nowhere.png'; document.body.appendChild(i);");
        Thread.sleep(500);
        assertEquals(Boolean.FALSE, browser.js("return window.__injected === true || window.__handler === true;"));
    }

    /** Types a query into a cleared search box and returns the titles of the results once they are shown. */
    private static List<String> search(String query) {
        WebElement box = browser.driver().findElement(By.id("search-input"));
        box.clear();
        box.sendKeys(query);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                query.equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
        return browser.driver().findElements(By.cssSelector("#search-results .search-result-title")).stream()
                .map(WebElement::getText).toList();
    }

    private static void write(String path, String text) throws IOException {
        Files.writeString(site.root().resolve(path), text);
    }

    /** Sets a flag a reload would clear. */
    private static void markPage() {
        browser.js("window.__notReloaded = true;");
    }

    private static boolean pageMarked() {
        return Boolean.TRUE.equals(browser.js("return window.__notReloaded === true;"));
    }

    private static void awaitLiveReloadConnected() {
        await("the page's event stream", () -> "connected".equals(
                browser.js("return document.documentElement.getAttribute('data-live-reload');")));
    }

    private static <T> T await(String what, java.util.function.Supplier<T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(what)
                .until(d -> {
                    T value = condition.get();
                    return value instanceof Boolean b ? (b ? value : null) : value;
                });
    }
}
