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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.1: code blocks as a reader meets them, from file:// in headless Chromium: coloured in
 * the common languages, in light and dark palettes that stay readable, with marked and numbered
 * lines when the block asks, and a copy button reached with the keyboard that says "Copied".
 * Without JavaScript the code is still there, plain.
 */
class CodeBlocksIT {
    /** One small sample per language, under the name an author writes after the fence. */
    static final Map<String, String> SAMPLES = samples();
    private static TestSite site;
    private static Browser browser;

    private static Map<String, String> samples() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sh", "# restart the service\nsystemctl restart checkout --no-block\necho \"done: $?\"");
        m.put("bash", "for f in *.log; do gzip \"$f\"; done");
        m.put("console", "$ kubectl get pods\nNAME   READY   STATUS");
        m.put("yaml", "service: checkout # the team's\nreplicas: 3\nenabled: true");
        m.put("json", "{\"service\": \"checkout\", \"replicas\": 3, \"on\": true}");
        m.put("sql", "SELECT id, name FROM teams WHERE size > 4 ORDER BY name;");
        m.put("java", "public final class Pager {\n  private int level = 1; // start\n}");
        m.put("python", "def page(level):\n    return f\"level {level}\"  # text");
        m.put("go", "func main() {\n\tfmt.Println(\"paged\")\n}");
        m.put("js", "const level = 1; // first\nfunction page() { return \"ok\"; }");
        m.put("ts", "interface Page { level: number }\nconst p: Page = { level: 1 };");
        m.put("hcl", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs\" # kept 90 days\n  count  = 2\n}");
        m.put("terraform", "variable \"region\" {\n  default = \"eu-west-1\"\n}");
        m.put("dockerfile", "FROM eclipse-temurin:17\nCOPY app.jar /app.jar\nRUN echo ready");
        m.put("html", "<a href=\"/runbooks\">Runbooks</a>");
        m.put("xml", "<settings><mirror id=\"central\"/></settings>");
        m.put("css", ".pager { color: red; }");
        m.put("c", "int main(void) { return 0; /* ok */ }");
        m.put("cpp", "#include <vector>\nstd::vector<int> v{1, 2};");
        m.put("csharp", "public class Pager { public int Level = 1; }");
        m.put("ruby", "def page(level)\n  \"level #{level}\"\nend");
        m.put("php", "<?php echo \"paged\"; ?>");
        m.put("rust", "fn main() { let level = 1; println!(\"{}\", level); }");
        m.put("kotlin", "fun main() { val level = 1 }");
        m.put("swift", "let level = \"one\" // first");
        m.put("markdown", "# Runbook\n\n*Stop* the impact first.");
        m.put("diff", "- replicas: 2\n+ replicas: 3");
        m.put("toml", "[service]\nname = \"checkout\"");
        m.put("ini", "[pager]\nlevel=1");
        m.put("makefile", "build:\n\tmvn -B verify");
        m.put("powershell", "Get-Service -Name \"checkout\" | Restart-Service");
        m.put("nginx", "server {\n  listen 80;\n  return 301 https://$host$request_uri;\n}");
        m.put("properties", "# pager\npager.level=1");
        m.put("graphql", "query { team(id: 1) { name } }");
        m.put("lua", "local level = \"one\" -- first");
        m.put("perl", "my $level = \"one\"; # first");
        m.put("r", "levels <- c(1, 2, 3) # all");
        m.put("scala", "object Pager { val level = 1 }");
        m.put("groovy", "def level = \"one\" // first");
        m.put("protobuf", "message Page { string team = 1; }");
        m.put("elixir", "defmodule Pager do\n  def level, do: :one\nend");
        m.put("haskell", "main = putStrLn \"paged\" -- first");
        m.put("http", "GET /health HTTP/1.1\nHost: checkout.acme.example");
        return m;
    }

    @BeforeAll
    static void buildAndStart() {
        StringBuilder page = new StringBuilder("---\ntitle: Code\n---\n\n");
        SAMPLES.forEach((lang, code) -> page.append("## ").append(lang).append("\n\n```").append(lang).append('\n')
                .append(code).append("\n```\n\n"));
        page.append("""
                ## Marked lines

                ```sh hl_lines="2 4-5" linenums="10"
                # one
                acme deploy history checkout-api --since 2h
                # three
                acme deploy revert checkout-api --to previous
                acme flags set checkout.new-pricing off
                echo "a message over
                two lines"
                ```

                ## A long line

                ```text
                %s
                ```
                """.formatted("x".repeat(400)));
        site = TestSite.of("-- content/index.md --\n" + page + "-- content/plain.md --\n---\ntitle: Plain\n---\nNo code here.\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static void openColoured() {
        openColoured(browser);
    }

    /** Opens the page of samples and waits until the last grammars loaded have coloured their blocks. */
    private static void openColoured(Browser b) {
        b.open(site.out().resolve("index.html"));
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector("code.language-haskell.hljs")).isEmpty()
                        && !d.findElements(By.cssSelector("code.language-hcl.hljs")).isEmpty());
    }

    @Test
    void everyCommonLanguageIsColoured() {
        browser.colorScheme("light");
        openColoured();
        List<String> plain = new ArrayList<>();
        for (String lang : SAMPLES.keySet()) {
            WebElement code = browser.driver().findElement(By.cssSelector("code.language-" + lang));
            boolean coloured = code.getAttribute("class").contains("hljs")
                    && !code.findElements(By.cssSelector("[class^='hljs-']")).isEmpty();
            if (!coloured) plain.add(lang);
        }
        assertEquals(List.of(), plain, "languages left plain");
        assertTrue(SAMPLES.size() >= 40, "the common languages and their usual names: " + SAMPLES.size());
        // The grammars beyond highlight.js's common bundle came from the vendored folder, from file://.
        assertEquals("keyword", browser.js("return document.querySelector('code.language-hcl .hljs-keyword')"
                + ".className.replace('hljs-', '')"));
        browser.screenshot("code-desktop-light");
    }

    @Test
    void tokenColoursFollowTheSchemeAndStayReadable() {
        browser.colorScheme("light");
        openColoured();
        List<Number> light = contrasts();
        String keywordLight = (String) browser.js("return getComputedStyle(document.querySelector('code.language-java .hljs-keyword')).color");
        browser.colorScheme("dark");
        openColoured();
        List<Number> dark = contrasts();
        String keywordDark = (String) browser.js("return getComputedStyle(document.querySelector('code.language-java .hljs-keyword')).color");
        assertNotEquals(keywordLight, keywordDark, "each scheme has its own palette");
        for (Number n : light) assertTrue(n.doubleValue() >= 4.5, "light: " + light);
        for (Number n : dark) assertTrue(n.doubleValue() >= 4.5, "dark: " + dark);
        browser.screenshot("code-desktop-dark");
        browser.colorScheme("light");
    }

    /** The contrast of every token colour in the page against its code block's background. */
    @SuppressWarnings("unchecked")
    private static List<Number> contrasts() {
        return (List<Number>) browser.js("""
                function lum(c) {
                  const [r, g, b] = c.match(/\\d+(\\.\\d+)?/g).map(Number).slice(0, 3).map(v => {
                    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                }
                function ratio(a, b) { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
                const seen = {}, out = [];
                document.querySelectorAll('pre code [class^="hljs-"]').forEach(el => {
                  const fg = getComputedStyle(el).color;
                  let bgEl = el, bg = 'rgba(0, 0, 0, 0)';
                  while (bgEl && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) { bg = getComputedStyle(bgEl).backgroundColor; bgEl = bgEl.parentElement; }
                  if (!seen[fg + bg]) { seen[fg + bg] = true; out.push(ratio(fg, bg)); }
                });
                return out;
                """);
    }

    @Test
    void markedLinesAreHighlightedAndNumberedFromTheGivenNumber() {
        openColoured();
        WebElement pre = browser.driver().findElement(By.cssSelector("pre[data-hl-lines]"));
        assertEquals("2 4-5", pre.getAttribute("data-hl-lines"));
        List<WebElement> lines = pre.findElements(By.cssSelector(".code-line"));
        assertEquals(7, lines.size(), "one element per line, none for the block's last newline");
        List<String> marked = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (WebElement line : lines) {
            if (line.getAttribute("class").contains("code-line-marked")) marked.add(line.getAttribute("data-n"));
            numbers.add(line.getAttribute("data-n"));
        }
        assertEquals(List.of("11", "13", "14"), marked);
        assertEquals(List.of("10", "11", "12", "13", "14", "15", "16"), numbers);
        // A string over two lines is coloured on both: its span is closed and opened again.
        assertEquals(2L, browser.js("return [...arguments[0].querySelectorAll('.code-line')].slice(5)"
                + ".filter(l => l.querySelector('.hljs-string')).length", pre));
        assertEquals("# one\nacme deploy history checkout-api --since 2h\n", ((String) browser.js(
                "return arguments[0].querySelector('code').innerText", pre)).substring(0, 50),
                "the numbers are not part of the text a reader selects");
        assertNotEquals("rgba(0, 0, 0, 0)", browser.js("return getComputedStyle(arguments[0]).backgroundColor", lines.get(1)));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", pre);
        browser.screenshot("code-marked-lines-light");
    }

    @Test
    void theCopyButtonIsReachedByKeyboardAndSaysCopied() {
        openColoured();
        // The clipboard of a headless browser is not the test's to read: record what the page writes.
        browser.js("window.__copied = []; navigator.clipboard.writeText = t => { window.__copied.push(t); return Promise.resolve(); };");
        WebElement pre = browser.driver().findElement(By.cssSelector("pre[data-hl-lines]"));
        WebElement button = pre.findElement(By.xpath("following-sibling::button"));
        assertEquals("Copy", button.getText());
        assertEquals("Copy code", button.getAccessibleName());
        browser.js("document.querySelector('#marked-lines').scrollIntoView(); document.querySelector('#marked-lines a, #marked-lines').focus()");
        WebElement heading = browser.driver().findElement(By.id("marked-lines"));
        heading.findElement(By.tagName("a")).sendKeys(Keys.TAB);
        for (int i = 0; i < 5 && !button.equals(browser.driver().switchTo().activeElement()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(button, browser.driver().switchTo().activeElement(), "Tab reaches the copy button");
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                "Copied".equals(d.findElement(By.id("announcer")).getAttribute("textContent")));
        assertEquals("Copied", button.getText());
        assertEquals(List.of("""
                # one
                acme deploy history checkout-api --since 2h
                # three
                acme deploy revert checkout-api --to previous
                acme flags set checkout.new-pricing off
                echo "a message over
                two lines"
                """), browser.js("return window.__copied"), "the code as written, without line numbers");
        assertEquals("polite", browser.driver().findElement(By.id("announcer")).getAttribute("aria-live"));
    }

    @Test
    void aWideBlockScrollsInsideItselfAndTakesFocus() {
        try (Browser phone = Browser.start(390, 844)) {
            openColoured(phone);
            assertTrue(((Number) phone.js("return document.documentElement.scrollWidth")).intValue() <= 390,
                    "the page does not scroll sideways");
            WebElement wide = phone.driver().findElement(By.cssSelector("pre:has(> code.language-text)"));
            assertEquals("0", wide.getAttribute("tabindex"), "a scrolling block is a tab stop");
            assertEquals("region", wide.getAttribute("role"));
            assertTrue(wide.getAttribute("aria-label").matches("Code( \\d+)?"), wide.getAttribute("aria-label"));
            assertEquals(Boolean.TRUE, phone.js("var names = Array.from(document.querySelectorAll('[role=region]'),"
                    + " r => r.getAttribute('aria-label')); return names.length > 1 && new Set(names).size === names.length"),
                    "every scrolling block has a name of its own (axe: landmark-unique)");
            WebElement narrow = phone.driver().findElement(By.cssSelector("pre:has(> code.language-diff)"));
            assertEquals(null, narrow.getAttribute("tabindex"), "a block that fits is not");
        }
    }

    @Test
    void aPageWithoutCodeLoadsNoneOfIt() {
        browser.open(site.out().resolve("plain/index.html"));
        assertEquals(0L, browser.js("return document.querySelectorAll('script[src*=\"highlight\"], script[src*=\"code.js\"],"
                + " link[href*=\"code.css\"]').length"));
        assertEquals(true, browser.js("return typeof hljs === 'undefined'"));
    }

    @Test
    void withoutJavaScriptTheCodeIsPlainAndWhole() {
        try (Browser noJs = Browser.withoutJavaScript(1280, 900)) {
            noJs.open(site.out().resolve("index.html"));
            WebElement code = noJs.driver().findElement(By.cssSelector("code.language-sh"));
            assertEquals(SAMPLES.get("sh"), code.getText());
            assertFalse(code.getAttribute("class").contains("hljs"));
            assertTrue(noJs.driver().findElements(By.cssSelector(".code-copy")).isEmpty(), "no copy button without script");
            noJs.screenshot("code-without-javascript");
        }
    }
}
