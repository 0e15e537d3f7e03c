package dev.handbook.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * The README's screenshots of the generated views, taken by {@code scripts/screenshots.sh}:
 * {@code java ... dev.handbook.browser.ReadmeScreenshots SITE OUT} opens the built example handbook
 * in headless Chromium and saves the org chart, the week, the matrix and a runbook (two of its steps
 * ticked) at 1280 px and at a phone's 390 px, as {@code view-NAME.png} and {@code view-NAME-phone.png}.
 * A program, not a test: it runs only when asked, and needs the browser the browser tests need.
 */
public final class ReadmeScreenshots {
    private ReadmeScreenshots() {
    }

    /** One picture: a page, the element scrolled to the top (or none), the scheme, and a script run first. */
    private record Shot(String name, String page, String scrollTo, String scheme, String script) {
    }

    private static final String TICK = "localStorage.clear(); document.querySelectorAll('.step-check')[0].click();"
            + "document.querySelectorAll('.step-check')[1].click();";
    private static final List<Shot> DESK = List.of(
            new Shot("org-chart", "overview/org-chart/index.html", "", "light", ""),
            new Shot("week", "overview/rituals/index.html", "#t-week", "light", ""),
            new Shot("matrix", "overview/responsibilities/index.html", "", "dark", ""),
            new Shot("runbook", "runbooks/incident-response/index.html", "#first-15-minutes", "light", TICK));
    private static final List<Shot> PHONE = List.of(
            new Shot("org-chart", "overview/org-chart/index.html", ".org-chart", "dark", ""),
            new Shot("week", "overview/rituals/index.html", "#t-week", "light", ""),
            new Shot("matrix", "overview/responsibilities/index.html", ".raci-cards", "light", ""),
            new Shot("runbook", "runbooks/incident-response/index.html", "#first-15-minutes", "dark", TICK));

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ReadmeScreenshots SITE OUT");
            System.exit(2);
        }
        // Selenium warns that it knows no CDP version newer than its own; the pictures do not need one.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        Path site = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        Browser desk = Browser.start(1280, 800);
        // The window's own size leaves less for the page; pin the page's viewport to 1280 x 800.
        desk.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 1280,
                "height", 800, "deviceScaleFactor", 1, "mobile", false));
        take(desk, site, out, DESK, "");
        take(Browser.start(390, 844), site, out, PHONE, "-phone");
    }

    private static void take(Browser browser, Path site, Path out, List<Shot> shots, String suffix) {
        try (browser) {
            for (Shot s : shots) {
                browser.colorScheme(s.scheme());
                browser.open(site.resolve(s.page()));
                if (!s.script().isEmpty()) browser.js(s.script());
                if (!s.scrollTo().isEmpty()) {
                    browser.js("const e = document.querySelector(arguments[0]); const header = "
                            + "document.querySelector('.site-header'); window.scrollTo(0, e.getBoundingClientRect().top "
                            + "+ window.scrollY - (header ? header.offsetHeight : 0) - 72);", s.scrollTo());
                }
                Path target = browser.screenshotTo(out.resolve("view-" + s.name() + suffix + ".png"));
                System.out.println("screenshots: " + target + " (" + s.page() + ", " + s.scheme() + ")");
            }
        }
    }
}
