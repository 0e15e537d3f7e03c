package dev.handbook.browser;

import com.sun.net.httpserver.HttpServer;
import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.8: 404.html served by a static host for deep missing paths ({@code /roles/old-page/},
 * {@code /a/b/c/d}), at the host's root and under a base path, must find its styles, scripts and
 * links. The host here is the JDK's HTTP server doing what GitHub Pages, Netlify or nginx's
 * {@code error_page 404} do: the file when it exists, else 404.html with status 404.
 */
class NotFoundPageIT {
    private static final Path SITE = Path.of("target/it-not-found").toAbsolutePath();
    private static final String LIGHT_BG = "rgb(252, 252, 251)";
    private static HttpServer server;
    private static Browser browser;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServe() throws IOException {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE).withForce(true), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(server, "/", SITE);
        serve(server, "/sub/dir/", SITE);
        server.start();
        browser = Browser.start(1280, 900);
        browser.colorScheme("light");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.stop(0);
    }

    /** A static host: the file, the folder's index.html, or 404.html with status 404. */
    static void serve(HttpServer server, String prefix, Path site) {
        server.createContext(prefix, exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            if (!prefix.equals("/") && !path.startsWith(prefix)) path = "/";
            String rel = URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
            if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
            Path file = site.resolve(rel).normalize();
            boolean ok = file.startsWith(site) && Files.isRegularFile(file);
            if (!ok) file = site.resolve("404.html");
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/html";
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(ok ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void openAndSettle(Browser b, String url) {
        b.driver().get(url);
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> LIGHT_BG.equals(
                b.js("return getComputedStyle(document.body).backgroundColor")));
    }

    @Test
    void deepMissingPathsGetAStyledPageWhoseLinksWork() throws Exception {
        for (String prefix : List.of("/", "/sub/dir/")) {
            for (String missing : List.of("roles/old-page/", "a/b/c/d", "x")) {
                String url = base() + prefix + missing;
                assertEquals(404, status(url), url);
                openAndSettle(browser, url);
                assertEquals("Page not found", browser.driver().findElement(By.cssSelector("main h1")).getText(), url);
                List<String> hrefs = browser.driver().findElements(By.cssSelector("a[href]:not([href^='#'])")).stream()
                        .map(a -> a.getAttribute("href")).map(h -> h.replaceAll("#.*", "")).distinct().toList();
                assertTrue(hrefs.size() > 5, url + ": " + hrefs);
                for (String href : hrefs) {
                    assertTrue(href.startsWith(base() + prefix), url + " links " + href);
                    assertEquals(200, status(href), url + " links " + href);
                }
                if (missing.equals("a/b/c/d")) browser.screenshot("404-deep" + prefix.replace('/', '-') + "light");
            }
            browser.driver().findElement(By.linkText("Go to the start of the handbook")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(base() + prefix + "index.html"));
        }
    }

    @Test
    void searchWorksOnADeep404() {
        openAndSettle(browser, base() + "/sub/dir/roles/old-page/");
        WebElement box = browser.driver().findElement(By.id("search-input"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> box.isEnabled());
        box.sendKeys("lean coffee");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                "lean coffee".equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
        String href = browser.driver().findElement(By.cssSelector("#search-results a[role=option]")).getAttribute("href");
        assertEquals(base() + "/sub/dir/rituals/lean-coffee/index.html", href);
    }

    @Test
    void withBaseUrlTheLinksAreAbsoluteAndNeedNoScript() throws Exception {
        HttpServer own = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String root = "http://127.0.0.1:" + own.getAddress().getPort() + "/handbook/";
        TestSite site = TestSite.of("""
                -- handbook.yml --
                title: Acme
                base_url: %s
                -- content/index.md --
                # Acme
                See [the team](teams/checkout.md).
                -- content/teams/checkout.md --
                ---
                title: Checkout
                ---
                The checkout team.
                """.formatted(root));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String html = site.output("404.html");
        assertFalse(html.contains("404.js"), "no script needed");
        assertTrue(html.contains("href=\"" + root + "assets/style.css\""), html);
        serve(own, "/handbook/", site.out());
        own.start();
        try (Browser noJs = Browser.withoutJavaScript(1280, 900)) {
            openAndSettle(noJs, root + "teams/old/page/");
            String home = noJs.driver().findElement(By.linkText("Go to the start of the handbook")).getAttribute("href");
            assertEquals(root + "index.html", home);
            assertEquals(200, status(noJs.driver().findElement(By.cssSelector("nav.sidebar a")).getAttribute("href")));
        } finally {
            own.stop(0);
        }
    }

    @Test
    void fromFileTheRoot404IsWholeToo() {
        browser.open(SITE.resolve("404.html"));
        assertEquals(LIGHT_BG, browser.js("return getComputedStyle(document.body).backgroundColor"));
        String href = browser.driver().findElement(By.linkText("Go to the start of the handbook")).getAttribute("href");
        assertEquals(SITE.resolve("index.html").toUri().toString(), href);
    }
}
