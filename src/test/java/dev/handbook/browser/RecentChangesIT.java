package dev.handbook.browser;

import dev.handbook.GitRepo;
import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.7: the "Recently changed" page as a reader sees it, on a desk and on a phone, light and
 * dark: every change readable, no sideways scroll with long subjects and many pages, the neutral
 * "Updated" label legible, and the way there from the home page.
 */
class RecentChangesIT {
    private static TestSite site;
    private static Path page;

    @BeforeAll
    static void build() {
        StringBuilder spec = new StringBuilder("""
                -- handbook.yml --
                title: Acme
                audiences: [everyone, managers]
                -- content/index.md --
                # Acme

                Welcome.
                -- content/pay.md --
                ---
                audience: managers
                ---
                # Pay
                """);
        for (int i = 1; i <= 9; i++) spec.append("-- content/guides/guide-").append(i).append(".md --\n# Guide ").append(i)
                .append(" on writing handbook pages well\n");
        site = TestSite.of(spec.toString());
        GitRepo git = GitRepo.init(site.root());
        git.commit("2026-03-01T08:15:00Z", "Ann Example", "Start the handbook with nine guides");
        site.file("content/guides/guide-2.md", "# Guide 2 on writing handbook pages well\n\nMore.\n");
        site.file("content/pay.md", "---\naudience: managers\n---\n# Pay\n\nBands.\n");
        git.commit("2026-03-02T09:30:00Z", "Bo Example", "Pay bands and a guide");
        site.file("content/guides/guide-3.md", "# Guide 3 on writing handbook pages well\n\nSee "
                + "https://example.org/a/very/long/address/that/does/not/break/anywhere/on/its/own/at/all.\n");
        git.commit("2026-03-03T17:45:00+02:00", "Cy Example-With-A-Long-Name",
                "Explain in far more words than a subject line should ever hold why guide three now links "
                        + "https://example.org/a/very/long/address/that/does/not/break/anywhere/on/its/own/at/all");
        BuildResult r = site.build();
        assertTrue(r.written(), r.diagnostics().toString());
        page = site.out().resolve("overview/recent/index.html");
    }

    @Test
    void thePageReadsWellAtEveryWidthInBothSchemes() {
        for (int width : new int[]{1280, 390}) {
            for (String scheme : List.of("light", "dark")) {
                try (Browser b = Browser.start(width, 1000)) {
                    b.colorScheme(scheme);
                    b.open(page);
                    String at = width + " px " + scheme;
                    List<WebElement> changes = b.driver().findElements(By.cssSelector("ol.recent-changes > li"));
                    assertEquals(3, changes.size(), at);
                    for (WebElement c : changes) assertTrue(c.isDisplayed(), at);
                    Number scroll = (Number) b.js("return document.documentElement.scrollWidth");
                    assertTrue(scroll.intValue() <= width, at + ": the page is " + scroll + " px wide");
                    WebElement neutral = b.driver().findElement(By.cssSelector(".recent-neutral"));
                    assertEquals("Updated", neutral.getText());
                    double contrast = ((Number) b.js("""
                            const rgb = c => c.match(/\\d+/g).slice(0, 3).map(Number).map(v => v / 255)
                              .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                            const lum = c => { const [r, g, b] = rgb(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                            const fg = lum(getComputedStyle(arguments[0]).color);
                            const bg = lum(getComputedStyle(document.body).backgroundColor);
                            return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
                            """, neutral)).doubleValue();
                    assertTrue(contrast >= 4.5, at + ": 'Updated' has a contrast of " + contrast);
                    b.screenshot("recent-" + width + "-" + scheme);
                }
            }
        }
    }

    @Test
    void theHomePageLeadsToThePageAndEveryPageNamesTheFeed() {
        try (Browser b = Browser.start(1280, 900)) {
            b.open(site.out().resolve("index.html"));
            WebElement link = b.driver().findElement(By.linkText("Recently changed"));
            assertTrue(link.isDisplayed());
            link.click();
            assertTrue(b.driver().getCurrentUrl().endsWith("/overview/recent/index.html"), b.driver().getCurrentUrl());
            String feed = (String) b.js("return document.querySelector('link[rel=alternate][type=\"application/atom+xml\"]').href");
            assertTrue(feed.endsWith("/site/recent.xml"), feed);
            assertTrue(java.nio.file.Files.isRegularFile(Path.of(java.net.URI.create(feed))), feed);
            b.driver().findElement(By.linkText("Guide 3 on writing handbook pages well")).click();
            assertTrue(b.driver().getCurrentUrl().endsWith("/guides/guide-3/index.html"));
        }
    }
}
