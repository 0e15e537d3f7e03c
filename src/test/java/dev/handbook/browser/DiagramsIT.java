package dev.handbook.browser;

import com.sun.net.httpserver.HttpServer;
import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.2: ```mermaid blocks drawn as diagrams by the vendored library, offline and from
 * file://, in the page's colour scheme; a diagram that cannot be drawn keeps its source on screen
 * with a message; without JavaScript the source shows as code; pages without a diagram never load
 * the library.
 */
class DiagramsIT {
    private static TestSite site;
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        site = TestSite.of("""
                -- content/index.md --
                # Home
                No diagram here.
                -- content/flow.md --
                ---
                title: Flow
                ---
                ```mermaid
                flowchart TD
                  accTitle: How a change ships
                  A[Pull request] --> B{Green?}
                  B -->|yes| C[Production]
                  B -->|no| D[Fix it]
                ```

                ```mermaid
                sequenceDiagram
                  Pager->>Engineer: SEV1 alert
                  Engineer-->>Pager: acknowledged
                ```
                -- content/broken.md --
                ---
                title: Broken
                ---
                ```mermaid
                flowchart TD
                  A[Start] --> --> B((
                ```
                """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static void waitForDiagrams(Browser b, int count) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("figure.diagram svg")).size() == count);
    }

    @Test
    void mermaidBlocksAreDrawnFromFile() {
        browser.colorScheme("light");
        browser.open(site.out().resolve("flow/index.html"));
        waitForDiagrams(browser, 2);
        WebElement svg = browser.driver().findElement(By.cssSelector("figure.diagram svg"));
        assertTrue(svg.getSize().getWidth() > 100 && svg.getSize().getHeight() > 100, svg.getSize().toString());
        assertTrue(browser.driver().findElement(By.cssSelector("figure.diagram")).getText().contains("Pull request"));
        assertTrue(browser.driver().findElements(By.cssSelector("main pre > code.language-mermaid")).stream()
                .noneMatch(WebElement::isDisplayed), "the source is folded away under the picture");
        assertEquals("Diagram source", browser.driver().findElement(By.cssSelector("figure.diagram summary")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".diagram-error")).isEmpty());
        browser.screenshot("diagram-desktop-light");
    }

    @Test
    void switchingTheSchemeDrawsTheDiagramAgainInIt() {
        browser.colorScheme("light");
        browser.open(site.out().resolve("flow/index.html"));
        browser.js("localStorage.clear()");
        browser.open(site.out().resolve("flow/index.html"));
        waitForDiagrams(browser, 2);
        String light = nodeFill();
        browser.driver().findElement(By.cssSelector(".scheme-toggle")).click(); // light
        browser.driver().findElement(By.cssSelector(".scheme-toggle")).click(); // dark
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !light.equals(nodeFill()));
        waitForDiagrams(browser, 2);
        assertNotEquals(light, nodeFill());
        browser.screenshot("diagram-desktop-dark");
        browser.js("localStorage.clear()");
    }

    private static String nodeFill() {
        return (String) browser.js("const n = document.querySelector('figure.diagram svg .node rect, figure.diagram svg .node polygon');"
                + " return n ? getComputedStyle(n).fill : '';");
    }

    @Test
    void aDiagramThatCannotBeDrawnShowsItsSourceAndSaysSo() {
        browser.open(site.out().resolve("broken/index.html"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector(".diagram-error")).isEmpty());
        WebElement message = browser.driver().findElement(By.cssSelector(".diagram-error"));
        assertTrue(message.getText().startsWith("This diagram could not be drawn; its source is shown instead."),
                message.getText());
        WebElement source = browser.driver().findElement(By.cssSelector("main pre > code.language-mermaid"));
        assertTrue(source.isDisplayed());
        assertTrue(source.getText().contains("A[Start] --> --> B(("));
        assertEquals(0L, browser.js("return document.querySelectorAll('body > div[id^=\"ddiagram-\"], body > svg').length"),
                "no error picture left behind");
        browser.screenshot("diagram-error");
    }

    @Test
    void withoutJavaScriptTheSourceShowsAsCode() {
        try (Browser noJs = Browser.withoutJavaScript(1280, 900)) {
            noJs.open(site.out().resolve("flow/index.html"));
            WebElement code = noJs.driver().findElement(By.cssSelector("main pre > code.language-mermaid"));
            assertTrue(code.isDisplayed());
            assertTrue(code.getText().startsWith("flowchart TD"));
        }
    }

    @Test
    void aPageWithoutADiagramNeverLoadsTheLibrary() {
        browser.open(site.out().resolve("index.html"));
        assertEquals(0L, browser.js("return document.querySelectorAll('script[src*=\"mermaid\"], script[src*=\"diagram.js\"]').length"));
        assertEquals(true, browser.js("return typeof mermaid === 'undefined'"));
    }

    /** serve's Content-Security-Policy allows no inline style: the diagram must still be drawn and coloured. */
    @Test
    void underAPolicyWithoutInlineStylesTheDiagramIsStillStyled() throws Exception {
        String csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path out = site.out();
        server.createContext("/", exchange -> {
            String rel = exchange.getRequestURI().getPath().substring(1);
            Path file = out.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
            boolean ok = file.startsWith(out) && Files.isRegularFile(file);
            byte[] body = ok ? Files.readAllBytes(file) : new byte[0];
            String type = rel.endsWith(".js") ? "text/javascript" : rel.endsWith(".css") ? "text/css" : "text/html";
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", csp);
            exchange.sendResponseHeaders(ok ? 200 : 404, ok ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            browser.colorScheme("light");
            browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/flow/");
            waitForDiagrams(browser, 2);
            String fill = nodeFill();
            assertFalse(fill.isEmpty() || fill.equals("rgb(0, 0, 0)"), "nodes have the theme's fill, not black: " + fill);
            browser.screenshot("diagram-under-csp");
        } finally {
            server.stop(0);
        }
    }
}
