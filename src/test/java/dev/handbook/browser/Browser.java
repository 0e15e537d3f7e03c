package dev.handbook.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven through chromedriver, for tests that look at pages as a reader
 * does. Both come from apt (.ci/run installs them); nothing is downloaded at test time.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start(int width, int height) {
        return start(width, height, true);
    }

    /** A browser whose pages run no script of their own, as a reader with JavaScript turned off. */
    public static Browser withoutJavaScript(int width, int height) {
        return start(width, height, false);
    }

    private static Browser start(int width, int height, boolean javascript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)";
            // In CI a missing browser is a broken set-up and fails; on a laptop the other tests still run.
            if (System.getenv("CI") != null) throw new IllegalStateException(why);
            System.err.println("SKIPPED: " + why + " (CI is not set, so this is not a failure)");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, why + "; skipped (CI is not set)");
        }
        try {
            Path profile = Files.createTempDirectory("handbook-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--window-size=" + width + "," + height, "--hide-scrollbars",
                    "--user-data-dir=" + profile, "--allow-file-access-from-files");
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            if (width < 600) {
                // Headless windows are at least 500 px wide; emulate a phone's viewport instead.
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                        "deviceScaleFactor", 2, "mobile", true));
            }
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page and waits until its stylesheets are in: on a loaded machine a fresh Chromium has
     * been seen to answer a script before the first page's CSS applied. A stylesheet that never
     * loads still fails the test that looks at the style.
     */
    public void open(Path file) {
        driver.get(file.toUri().toString());
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                    Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return document.readyState === 'complete' && document.styleSheets.length"
                                    + " >= document.querySelectorAll('link[rel=stylesheet]').length")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Left to the test's own assertions, which say what is missing.
        }
    }

    /** Emulates the reader's colour-scheme preference. */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    public void media(String type) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type));
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public Path screenshot(String name) {
        return screenshotTo(SCREENSHOTS.resolve(name + ".png"));
    }

    /** Saves a screenshot of the viewport as {@code target} (a PNG). */
    public Path screenshotTo(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            // Written, not copied from the driver's temporary file, so the picture gets the usual mode, not 600.
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            org.apache.commons.io.file.PathUtils.deleteDirectory(profile);
        } catch (IOException e) {
            // a temp folder; the OS cleans it
        }
    }
}
