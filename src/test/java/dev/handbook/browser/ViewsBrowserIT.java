package dev.handbook.browser;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22: the generated views of the example handbook as a reader meets them, at a desk (1280
 * px) and on a phone (390 px), light and dark, with screenshots in target/screenshots
 * ({@code views-*.png}) for a person to look at.
 */
class ViewsBrowserIT {
    private static final Path SITE = Path.of("target/views-site").toAbsolutePath();
    private static final Path MANAGERS = Path.of("target/views-site-managers").toAbsolutePath();
    private static final List<String> VIEWS = List.of("overview/org-chart", "overview/rituals",
            "overview/responsibilities", "runbooks/incident-response", "roles/engineering-manager");
    private static Browser desk;

    @BeforeAll
    static void build() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        BuildResult m = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(MANAGERS).withAudience("managers"),
                Progress.NONE);
        assertTrue(m.written(), m.diagnostics().toString());
        desk = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (desk != null) desk.close();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1280, light", "1280, dark", "390, light", "390, dark"})
    void everyViewFitsItsScreenAndIsPhotographed(int width, String scheme) {
        try (Browser b = Browser.start(width, width < 600 ? 844 : 900)) {
            b.colorScheme(scheme);
            for (String view : VIEWS) {
                b.open(SITE.resolve(view + "/index.html"));
                Number scroll = (Number) b.js("return document.documentElement.scrollWidth");
                assertTrue(scroll.intValue() <= width, view + " scrolls sideways at " + width + " px: " + scroll);
                b.screenshot("views-" + view.substring(view.indexOf('/') + 1) + "-" + width + "-" + scheme);
            }
            b.open(MANAGERS.resolve("overview/rituals/index.html"));
            b.screenshot("views-rituals-managers-" + width + "-" + scheme);
        }
    }

    /**
     * Issue 22 after the reading issue's scheme toggle: every dark colour of the views is in dark.css,
     * so a reader who picks dark in the header sees what a system in dark mode shows, lines and
     * pseudo-elements included (a colour left in a prefers-color-scheme query of style.css would differ).
     */
    @Test
    void theSchemeToggleGivesTheViewsTheSameDarkColoursAsTheSystem() {
        String colours = "const out = []; for (const e of document.querySelectorAll('main *')) {"
                + " for (const p of [null, '::before', '::after']) { const s = getComputedStyle(e, p);"
                + " out.push(e.tagName + '.' + e.className + (p || '') + ' ' + s.color + ' ' + s.backgroundColor + ' '"
                + " + s.borderTopColor + ' ' + s.borderLeftColor + ' ' + s.borderRightColor); } } return out.join('\\n');";
        try (Browser b = Browser.start(1280, 900)) {
            for (String view : VIEWS) {
                Path page = SITE.resolve(view + "/index.html");
                b.colorScheme("dark");
                b.open(page);
                b.js("localStorage.removeItem('handbook-scheme')");
                b.open(page);
                String system = (String) b.js(colours);
                b.colorScheme("light");
                b.js("localStorage.setItem('handbook-scheme', 'dark')");
                b.open(page);
                String chosen = (String) b.js(colours);
                b.js("localStorage.removeItem('handbook-scheme')");
                assertEquals(List.of(), firstDifference(system, chosen), view + ": dark by the system, then by the toggle");
                b.open(page);
                assertFalse(system.equals(b.js(colours)), view + ": light differs from dark");
            }
        }
    }

    @Test
    void theOrgChartIsATreeDrawnTopDownAndAnIndentedListOnAPhone() {
        desk.open(SITE.resolve("overview/org-chart/index.html"));
        Map<String, Rect> box = boxes(desk);
        assertTrue(box.get("Engineering Manager").top > box.get("Head of Engineering").bottom, "reports sit below");
        assertEquals(box.get("Tech Lead").top, box.get("Engineer").top, 1, "siblings side by side");
        assertEquals(box.get("Head of Engineering").centre(), box.get("Engineering Manager").centre(), 1, "centred");
        assertEquals(0, desk.driver().findElements(By.cssSelector("[role=tree]")).size());
        List<String> unplaced = desk.driver().findElements(By.cssSelector(".org-unplaced .org-box a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Product Manager", "Designer"), unplaced);
        assertEquals("No reporting line set", desk.driver().findElement(By.id("org-unplaced")).getText());
        desk.media("print");
        assertEquals("visible", desk.js("return getComputedStyle(document.querySelector('.org-chart')).overflowX"));
        assertEquals("avoid", desk.js("return getComputedStyle(document.querySelector('.org-chart')).breakInside"));
        desk.media("");
        try (Browser phone = Browser.start(390, 844)) {
            phone.open(SITE.resolve("overview/org-chart/index.html"));
            Map<String, Rect> p = boxes(phone);
            assertTrue(p.get("Engineering Manager").left > p.get("Head of Engineering").left, "indented");
            assertTrue(p.get("Engineer").top > p.get("Tech Lead").bottom, "one below the other");
        }
    }

    /** Issue 22.1: fifty roles stay readable: the chart scrolls inside its own focusable region, not the page. */
    @Test
    void aChartOfFiftyRolesScrollsInsideItsOwnRegion() {
        StringBuilder spec = new StringBuilder("-- content/roles/_index.md --\n---\ncascade: {type: role}\n---\n"
                + "-- content/roles/ceo.md --\n---\nsummary: Leads.\n---\n");
        for (int d = 0; d < 7; d++) {
            spec.append("-- content/roles/director-").append(d).append(".md --\n---\nsummary: Directs.\nreports_to: ceo\n---\n");
            for (int m = 0; m < 6; m++) {
                spec.append("-- content/roles/role-").append(d).append('-').append(m)
                        .append(".md --\n---\nsummary: Works.\nreports_to: director-").append(d).append("\n---\n");
            }
        }
        TestSite site = TestSite.of(spec.toString());
        assertTrue(site.build().written());
        desk.open(site.out().resolve("overview/org-chart/index.html"));
        assertEquals(50, desk.driver().findElements(By.cssSelector(".org-tree .org-box")).size());
        WebElement chart = desk.driver().findElement(By.cssSelector(".org-chart"));
        assertEquals("0", chart.getAttribute("tabindex"));
        assertEquals("region", chart.getAttribute("role"));
        Number page = (Number) desk.js("return document.documentElement.scrollWidth");
        assertTrue(page.intValue() <= 1280, "the page itself does not scroll sideways: " + page);
        assertEquals(7, desk.driver().findElements(By.cssSelector(".org-stack")).size(), "each director's six in a column");
        desk.screenshot("views-org-chart-50-roles-1280-light");
    }

    @Test
    void theWeekSizesEachRitualByItsLengthOnItsDayAndTime() {
        desk.open(SITE.resolve("overview/rituals/index.html"));
        Rect standUp = rect(desk, "//li[contains(@class,'week-day')][1]//li[.//a[text()='Stand-up']]");
        Rect checkIn = rect(desk, "//li[contains(@class,'week-day')][1]//li[.//a[text()='Operational check-in']]");
        Rect estimation = rect(desk, "//li[contains(@class,'week-day')][3]//li[.//a[text()='Estimation']]");
        double gap = 2;   // each block keeps a pixel clear above and below
        double slot = standUp.height() + gap;
        assertEquals(2 * slot, checkIn.height() + gap, 1, "30 min is twice 15 min");
        assertEquals(3 * slot, estimation.height() + gap, 1, "45 min is three times 15 min");
        assertTrue(checkIn.top > standUp.bottom, "10:30 comes after 09:45");
        assertTrue(estimation.left > checkIn.right, "Wednesday is right of Monday");
        assertEquals(5, desk.driver().findElements(By.xpath("//li[contains(@class,'week-day')]//a[text()='Stand-up']")).size(),
                "daily: on each working day");
        String lessOften = desk.driver().findElement(By.cssSelector(".less-often")).getText();
        assertTrue(lessOften.contains("Planning") && lessOften.contains("Next: "), lessOften);
        assertTrue(lessOften.contains("Only while a program spans three or more teams"), lessOften);
        List<WebElement> meters = desk.driver().findElements(By.cssSelector(".load-table meter"));
        assertTrue(meters.size() >= 5 && meters.get(0).isDisplayed(), "a bar per role");
        String load = desk.driver().findElement(By.cssSelector(".load-table")).getText();
        assertTrue(load.contains("in Checkout") && load.contains("with 7 direct reports"), load);
    }

    @Test
    void theMatrixKeepsItsHeadersInViewSpeaksItsCellsAndFiltersByRole() {
        desk.open(SITE.resolve("overview/responsibilities/index.html"));
        assertEquals("Engineering Manager: accountable", desk.driver().findElement(By.xpath(
                "//tr[th[text()='Prioritization of work']]/td[@data-role='engineering-manager']//span[@class='visually-hidden']"))
                .getAttribute("textContent"));
        desk.js("const s = document.querySelector('.matrix-scroll'); s.style.maxHeight = '300px'; s.scrollTop = 400;");
        Rect region = rect(desk, "//div[contains(@class,'matrix-scroll')]");
        Rect header = rect(desk, "//table[@class='raci-matrix']/thead//th[1]");
        // issue 22.3: fails when layout.js wraps the table in a second scrolling box (the sticky header then scrolls away)
        assertEquals(region.top, header.top, 2, "the header row stays at the top while the matrix scrolls");
        Select filter = new Select(desk.driver().findElement(By.id("matrix-role")));
        filter.selectByValue("designer");
        long columns = desk.driver().findElements(By.cssSelector(".raci-matrix thead th")).stream()
                .filter(WebElement::isDisplayed).count();
        assertEquals(2, columns, "activity and designer");
        long rows = (Long) desk.js("return [...document.querySelectorAll('.raci-matrix tbody tr')]"
                + ".filter(tr => getComputedStyle(tr).display !== 'none').length");
        assertEquals(8, rows, "the designer has a part in 8 of the 12 activities");
        assertEquals("Showing the 8 activities Designer has a part in.",
                desk.driver().findElement(By.cssSelector(".matrix-status")).getText());
        desk.screenshot("views-responsibilities-filtered-1280-light");
        try (Browser phone = Browser.start(390, 844)) {
            phone.driver().get(SITE.resolve("overview/responsibilities/index.html").toUri() + "?role=designer");
            assertFalse(phone.driver().findElement(By.cssSelector(".matrix-scroll")).isDisplayed());
            long cards = phone.driver().findElements(By.cssSelector(".raci-cards > li")).stream()
                    .filter(WebElement::isDisplayed).count();
            assertEquals(8, cards, "the designer's activities, one card each");
        }
    }

    @Test
    void withoutScriptTheWholeMatrixShowsAndNoFilter() {
        try (Browser b = Browser.start(1280, 900)) {
            b.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            b.open(SITE.resolve("overview/responsibilities/index.html"));
            assertFalse(b.driver().findElement(By.cssSelector(".matrix-filter")).isDisplayed());
            assertEquals(12L, b.js("return [...document.querySelectorAll('.raci-matrix tbody tr')]"
                    + ".filter(tr => getComputedStyle(tr).display !== 'none').length"), "every activity of this edition");
        }
    }

    @Test
    void aRunbooksStepsAreOneChecklistThatKeepsItsTicks() {
        Path page = SITE.resolve("runbooks/incident-response/index.html");
        desk.open(page);
        desk.js("localStorage.clear()");
        desk.open(page);
        List<WebElement> boxes = desk.driver().findElements(By.cssSelector(".prose .step-check"));
        assertEquals(25, boxes.size());
        assertEquals(0, desk.driver().findElements(By.cssSelector("input[disabled]")).size(), "no disabled boxes");
        assertEquals("Acknowledge the page within 5 minutes so escalation doesn't fire.",
                desk.js("return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent", boxes.get(0)));
        boxes.get(0).click();
        boxes.get(2).click();
        assertEquals("2 of 25 steps done", desk.driver().findElement(By.cssSelector(".checklist-count")).getText());
        desk.open(page);
        boxes = desk.driver().findElements(By.cssSelector(".prose .step-check"));
        assertTrue(boxes.get(0).isSelected() && !boxes.get(1).isSelected() && boxes.get(2).isSelected(), "ticks kept");
        desk.js("window.copied = null; document.execCommand = function () { window.copied = "
                + "document.activeElement.value; return true; };"
                + "if (navigator.clipboard) navigator.clipboard.writeText = function (t) { window.copied = t; "
                + "return Promise.resolve(); };");
        desk.driver().findElement(By.cssSelector(".checklist-copy")).click();
        String copied = (String) desk.js("return window.copied");
        assertTrue(copied.startsWith("## Incident response\n\n### First 15 minutes\n\n"
                + "- [x] Acknowledge the page within 5 minutes so escalation doesn't fire.\n- [ ] Confirm the impact."), copied);
        assertTrue(copied.contains("\n### Mitigate\n\n- [ ] If a recent deploy"), copied);
        desk.screenshot("views-runbook-ticked-1280-light");
        desk.media("print");
        assertEquals("none", desk.js("return getComputedStyle(document.querySelector('.checklist-bar')).display"));
        assertEquals("rgb(0, 0, 0)", desk.js("return getComputedStyle(arguments[0]).borderTopColor", boxes.get(1)));
        desk.screenshot("views-runbook-print");
        desk.media("");
        desk.driver().findElement(By.cssSelector(".checklist-reset")).click();
        desk.driver().switchTo().alert().accept();
        assertEquals("0 of 25 steps done", desk.driver().findElement(By.cssSelector(".checklist-count")).getText());
        desk.open(page);
        assertFalse(desk.driver().findElements(By.cssSelector(".prose .step-check")).get(0).isSelected());
    }

    @Test
    void aRunbooksTaskListsAreStepsOfTheSameChecklist() {
        desk.open(SITE.resolve("runbooks/on-call-handover/index.html"));
        assertEquals(0, desk.driver().findElements(By.cssSelector(".task-list-item-checkbox")).size());
        assertEquals(11, desk.driver().findElements(By.cssSelector(".checklist-tasks .step-check")).size());
        assertEquals(27, desk.driver().findElements(By.cssSelector(".prose .step-check")).size());
    }

    @Test
    void aRolePageListsItsGeneratedSectionsAndFoldsLongBacklinks() {
        desk.open(SITE.resolve("roles/engineering-manager/index.html"));
        List<String> toc = desk.driver().findElements(By.cssSelector(".toc a")).stream()
                .map(a -> a.getAttribute("textContent").strip()).toList();
        assertTrue(toc.containsAll(List.of("Measures of success", "Responsibilities", "Consulted and informed", "Skills")),
                toc.toString());
        for (WebElement a : desk.driver().findElements(By.cssSelector(".toc a"))) {
            String id = a.getAttribute("href").replaceAll(".*#", "");
            assertEquals(1, desk.driver().findElements(By.id(id)).size(), "on this page: #" + id);
        }
        for (WebElement group : desk.driver().findElements(By.cssSelector(".backlink-group"))) {
            assertTrue(group.findElements(By.cssSelector(":scope > ul > li")).size() <= 8, group.getText());
        }
        List<WebElement> folded = desk.driver().findElements(By.cssSelector(".backlink-group details"));
        assertFalse(folded.isEmpty(), "a group of more than eight folds the rest");
        assertFalse(folded.get(0).findElement(By.cssSelector("ul")).isDisplayed(), "closed until opened");
        assertTrue(folded.get(0).findElement(By.cssSelector("summary")).getText().matches("\\d+ more .+"));
    }

    /** The first line that differs between two lists of computed colours, as [system, chosen], or none. */
    private static List<String> firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "";
            String r = i < y.length ? y[i] : "";
            if (!l.equals(r)) return List.of(l, r);
        }
        return List.of();
    }

    private static Map<String, Rect> boxes(Browser b) {
        Map<String, Rect> out = new java.util.HashMap<>();
        for (WebElement box : b.driver().findElements(By.cssSelector(".org-box"))) {
            out.put(box.findElement(By.tagName("a")).getText(), Rect.of(b, box));
        }
        return out;
    }

    private static Rect rect(Browser b, String xpath) {
        return Rect.of(b, b.driver().findElement(By.xpath(xpath)));
    }

    /** An element's box in CSS pixels. */
    private record Rect(double left, double top, double right, double bottom) {
        static Rect of(Browser b, WebElement e) {
            @SuppressWarnings("unchecked")
            Map<String, Number> r = (Map<String, Number>) b.js(
                    "const r = arguments[0].getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom};", e);
            return new Rect(r.get("l").doubleValue(), r.get("t").doubleValue(), r.get("r").doubleValue(),
                    r.get("b").doubleValue());
        }

        double height() {
            return bottom - top;
        }

        double centre() {
            return (left + right) / 2;
        }
    }
}
