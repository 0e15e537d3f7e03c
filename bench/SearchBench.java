import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the search box of a built site in headless Chromium, from file://: the bytes the first
 * query of a fresh page loads, and the time from each keystroke to its results on screen once the
 * first query has run. Not a test: it prints figures. Run through bench/search-bench.sh.
 *
 *   java -cp CLASSPATH bench/SearchBench.java SITE_DIR
 */
public class SearchBench {
    /** What readers type first on a fresh page: common words, several words, one letter. */
    static final List<String> FIRST = List.of("incident severity", "team process review", "o",
            "security audit checklist", "rollback deploy pipeline", "onboarding laptop", "who owns the budget");
    /** Typed one keystroke at a time after a first query, each keystroke timed. */
    static final List<String> TYPED = List.of("release checklist", "oncall rotation", "postmortem template",
            "vendor contract renewal", "career promotion calibration", "password vault", "dashboard alert",
            "privacy data retention", "feature flag experiment", "hiring interview offer");

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        Path page = site.resolve(args.length > 1 ? args[1] : "index.html");
        ChromeDriver driver = start();
        try {
            System.out.println("site: " + site + "  page: " + site.relativize(page));
            System.out.println();
            System.out.println("First query of a fresh page (typed key by key; bytes of search-index files loaded):");
            long worst = 0;
            for (String q : FIRST) {
                driver.get(page.toUri().toString());
                type(driver, q);
                long bytes = loadedBytes(driver, site);
                worst = Math.max(worst, bytes);
                System.out.printf("  %-28s %8.1f KB in %3d files  (%d results)%n", "\"" + q + "\"", bytes / 1024.0,
                        ((List<?>) js(driver, "return HandbookSearch.loaded")).size(), results(driver));
            }
            System.out.printf("  worst first query: %.1f KB (limit 2048 KB)%n%n", worst / 1024.0);

            driver.get(page.toUri().toString());
            type(driver, "incident");
            js(driver, "HandbookSearch.timings.length = 0");
            List<Double> all = new ArrayList<>();
            List<Object> slowest = new ArrayList<>();
            List<Double> complete = new ArrayList<>();
            System.out.println("Keystroke to results on screen, after the first query:");
            for (String q : TYPED) {
                js(driver, "const i = document.getElementById('search-input'); i.value = ''; "
                        + "i.dispatchEvent(new Event('input'));");
                js(driver, "HandbookSearch.timings.length = 0");
                type(driver, q);
                List<Double> ms = timings(driver, "ms");
                all.addAll(ms);
                complete.addAll(timings(driver, "all"));
                slowest.addAll((List<?>) js(driver, "return HandbookSearch.timings.filter(t => t.ms > 50).map(t => "
                        + "JSON.stringify(t, (k, v) => typeof v === 'number' ? Math.round(v * 10) / 10 : v))"));
                long bytes = loadedBytes(driver, site);
                System.out.printf("  %-32s first results: median %5.1f ms, max %5.1f ms (%d keystrokes; %.0f KB loaded so far)%n",
                        "\"" + q + "\"", pct(ms, 50), pct(ms, 100), ms.size(), bytes / 1024.0);
            }
            System.out.printf("  all %d keystrokes, to the first results: median %.1f ms, p95 %.1f ms, max %.1f ms (limit 100 ms)%n",
                    all.size(), pct(all, 50), pct(all, 95), pct(all, 100));
            System.out.printf("  all %d keystrokes, to all 10 results:    median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    complete.size(), pct(complete, 50), pct(complete, 95), pct(complete, 100));
            System.out.println("  slowest keystrokes, by phase (ms):");
            for (Object o : slowest) System.out.println("    " + o);
        } finally {
            driver.quit();
        }
    }

    /** Types one key at a time, waiting after each for the results of the text typed so far. */
    static void type(ChromeDriver driver, String text) {
        var input = driver.findElement(org.openqa.selenium.By.id("search-input"));
        input.click();
        for (int i = 0; i < text.length(); i++) {
            input.sendKeys(String.valueOf(text.charAt(i)));
            String want = text.substring(0, i + 1);
            if (want.endsWith(" ")) continue; // a space alone starts no new search worth timing
            driver.executeAsyncScript("""
                    const want = arguments[0], done = arguments[arguments.length - 1];
                    const list = document.getElementById('search-results');
                    const ok = () => list.getAttribute('data-query') === want;
                    if (ok()) return done();
                    const obs = new MutationObserver(() => { if (ok()) { obs.disconnect(); done(); } });
                    obs.observe(list, {attributes: true, attributeFilter: ['data-query']});
                    """, want);
        }
    }

    static long loadedBytes(ChromeDriver driver, Path site) throws Exception {
        long total = 0;
        for (Object name : (List<?>) js(driver, "return HandbookSearch.loaded")) {
            total += Files.size(site.resolve("search-index/" + name + ".js"));
        }
        return total;
    }

    static int results(ChromeDriver driver) {
        return ((Number) js(driver, "return document.querySelectorAll('#search-results [role=option]:not(.search-more)').length")).intValue();
    }

    /** ms: keystroke to the first results on screen; all: to the complete list. */
    static List<Double> timings(ChromeDriver driver, String which) {
        List<Double> out = new ArrayList<>();
        for (Object o : (List<?>) js(driver, "return HandbookSearch.timings.map(t => t." + which + ")")) {
            out.add(((Number) o).doubleValue());
        }
        return out;
    }

    static double pct(List<Double> values, int p) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        if (s.isEmpty()) return Double.NaN;
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    static Object js(ChromeDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    static ChromeDriver start() throws Exception {
        Path profile = Files.createTempDirectory("handbook-bench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-extensions",
                "--window-size=1280,900", "--user-data-dir=" + profile, "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
