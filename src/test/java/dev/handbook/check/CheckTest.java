package dev.handbook.check;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.CheckOptions;
import dev.handbook.pipeline.CheckResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.handbook.TestSite.findings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code handbook check} on inline sites (issue 7): each kind of finding, where it is reported, and silencing. */
class CheckTest {
    /** A theme whose sidebar lists only the top level and whose pages list neither children nor neighbours. */
    static final String CURATED_THEME = """
            -- themes/default/partials/nav.peb --
            <ul>
            {% for item in items %}<li><a href="{{ item.href }}">{{ item.title }}</a></li>
            {% endfor %}
            </ul>
            -- themes/default/partials/children.peb --
            -- themes/default/partials/page-footer.peb --
            """;

    @Test
    void aCleanSiteHasNoFindingsAndCheckWritesNothing() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                Read [the guide](guides/setup.md#before-you-start), see ![the org chart](org.png) and
                <a href="guides/setup/index.html">the guide in HTML</a>.
                -- content/org.png --
                PNG
                -- content/guides/setup.md --
                # Setup

                ## Before you start

                [Back home](../index.md) or [to the top](#before-you-start).
                """);
        CheckResult r = site.checkSite();
        assertEquals(List.of(), findings(r));
        assertEquals(0, r.exitCode());
        assertEquals(7, r.pages(), "home, the guides section, setup, 404.html and the three overview pages are read");
        assertFalse(Files.exists(site.out()), "check never writes the site");
    }

    @Test
    void anExistingSiteIsLeftAsItWas() throws IOException {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n[A](a.md)\n-- content/a.md --\n# A\n");
        assertTrue(site.build().written());
        Map<String, byte[]> before = snapshot(site.out());
        site.file("content/a.md", "# A\n\n<a href=\"../nowhere/\">gone</a>\n");
        CheckResult r = site.checkSite();
        assertEquals(1, r.exitCode(), findings(r).toString());
        Map<String, byte[]> after = snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> s = Files.list(site.root())) {
            // .site.lock is the build's (it stays; see OutputLock), the check adds nothing
            assertEquals(List.of(".site.lock", "content", "site"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void linksAndImagesWrittenInRawHtmlAreReportedAtTheirLine() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                <p>See <a href="a/">A</a>, <a href="b/index.html">B</a>,
                <a href="a/index.html#intro">the intro</a> and <a href="a/index.html#outro">the end</a>.</p>

                <img src="chart.png" alt="Chart"> <a href="a.md">A as Markdown</a>
                -- content/a.md --
                # A

                ## Intro
                """);
        assertEquals(List.of(
                "content/index.md:3:28: error: broken link 'b/index.html': the site has no b/index.html [broken-link]",
                "content/index.md:4:48: error: link 'a/index.html#outro': a/index.html has no element with the id "
                        + "'outro' [missing-anchor]",
                "content/index.md:6:1: error: missing image 'chart.png': the site has no chart.png [missing-image]",
                "content/index.md:6:35: error: broken link 'a.md': the site has no a.md [broken-link]"),
                findings(site.checkSite()));
        CheckResult r = site.checkSite();
        assertEquals("links written in HTML are not rewritten: write a Markdown link such as [text](page.md)",
                r.diagnostics().get(3).hint().orElseThrow());
    }

    @Test
    void aBrokenLinkInATemplateIsReportedOnceForTheTheme() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/a.md --
                # A
                -- themes/default/partials/footer.peb --
                <footer><a href="{{ site.root }}contributing/index.html">Contribute</a>
                <script src="{{ site.assets }}missing.js"></script> <a href="{{ site.root }}index.html#nope">Top</a></footer>
                """);
        assertEquals(List.of(
                "(theme) index.html: error: broken link to contributing/index.html: the site has no such file "
                        + "(in the theme, on 6 pages) [broken-link]",
                "(theme) index.html: error: link to index.html#nope: index.html has no element with the id 'nope' "
                        + "(in the theme, on 6 pages) [missing-anchor]",
                "(theme) index.html: error: missing file assets/missing.js: the site has no such file "
                        + "(in the theme, on 6 pages) [missing-file]"),
                findings(site.checkSite()));
    }

    @Test
    void anIdUsedTwiceIsReportedWhereTheAuthorCanFixIt() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                ## Main

                <span id="contact">Call</span> or <span id="contact">write</span>.
                """);
        assertEquals(List.of(
                "content/index.md:3:1: error: id 'main' is used twice on this page: the theme uses it too [duplicate-id]",
                "content/index.md:5:35: error: id 'contact' is used twice on this page (first at "
                        + "content/index.md:5:1) [duplicate-id]"),
                findings(site.checkSite()));
    }

    @Test
    void aPageThatNothingLeadsToIsAnOrphan() {
        TestSite site = TestSite.of(CURATED_THEME + """
                -- content/index.md --
                # Home

                Read the [setup guide](guides/setup.md).
                -- content/guides/setup.md --
                # Setup
                -- content/guides/forgotten.md --
                # Forgotten
                -- content/guides/linked-from-forgotten.md --
                # Only linked from an orphan
                """);
        site.file("content/guides/forgotten.md", "# Forgotten\n\n[the next part](linked-from-forgotten.md)\n");
        assertEquals(List.of(
                "content/guides/forgotten.md:1:1: warning: orphan page: no link or navigation entry leads to "
                        + "guides/forgotten/index.html [orphan]",
                "content/guides/linked-from-forgotten.md:1:1: warning: orphan page: no link or navigation entry leads "
                        + "to guides/linked-from-forgotten/index.html [orphan]"),
                findings(site.checkSite()));
    }

    @Test
    void aPageThatFailsToRenderIsOneErrorNotABrokenLinkOnEveryPage() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                See [the odd page](odd.md#intro).
                -- content/odd.md --
                ---
                type: odd
                ---
                ## Intro
                -- content/other.md --
                # Other
                -- themes/default/types/odd.yml --
                label: Odd
                -- themes/default/layouts/odd.peb --
                {{ page.nosuchfield }}
                """);
        List<String> found = findings(site.checkSite());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("themes/default/layouts/odd.peb:1: error: template error"), found.get(0));
    }

    @Test
    void theDefaultThemeLeadsToEveryPage() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/a/b/c/deep.md --
                # Deep
                -- content/a/other.md --
                # Other
                """);
        assertEquals(List.of(), findings(site.checkSite()));
    }

    @Test
    void readabilityLintIsWarningsAtTheMarkdownLine() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                ## Section

                #### Too deep

                [Click here](a.md), [](a.md), [read more](https://acme.test/) and [the A page](a.md).

                ![](chart.png) <img src="chart.png"> <img src="chart.png" alt="" role="presentation">
                -- content/a.md --
                # A
                -- content/chart.png --
                PNG
                """);
        CheckResult r = site.checkSite();
        assertEquals(List.of(
                "content/index.md:5:1: warning: heading 'Too deep' skips from h2 to h4 [heading-level]",
                "content/index.md:7:14: warning: link text 'Click here' does not say where the link leads [link-text]",
                "content/index.md:7:24: warning: link to 'a/index.html' has no text [empty-link]",
                "content/index.md:7:43: warning: link text 'read more' does not say where the link leads [link-text]",
                "content/index.md:9:5: warning: image 'chart.png' has no alt text [image-alt]",
                "content/index.md:9:16: warning: image 'chart.png' has no alt text [image-alt]"),
                findings(r));
        assertEquals(0, r.exitCode(), "warnings alone pass");
        assertEquals("use ### for a heading under a ## heading", r.diagnostics().get(0).hint().orElseThrow());
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n[here](a.md)\n-- content/a.md --\n# A\n");
        CheckResult r = site.checkSite(site.options().withStrict(true), CheckOptions.defaults());
        assertEquals(List.of("content/index.md:3:8: error: link text 'here' does not say where the link leads "
                + "[link-text]"), findings(r));
        assertEquals(1, r.exitCode());
    }

    @Test
    void rulesAreSilencedByHandbookYmlThePageAndItsSection() {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                check:
                  ignore: [heading-level]
                -- content/index.md --
                # Home

                #### Deep, silenced everywhere

                [here](a.md) is reported on this page.
                -- content/a.md --
                ---
                check_ignore: [link-text, no-such-rule]
                ---
                # A

                [here](index.md) is silenced on this page.
                -- content/pics/_index.md --
                ---
                cascade:
                  check_ignore: [image-alt]
                ---
                # Pictures
                -- content/pics/one.md --
                ![](../chart.png) is silenced in this section.
                -- content/chart.png --
                PNG
                """);
        CheckResult r = site.checkSite();
        assertEquals(List.of(
                "content/a.md:2:27: warning: unknown rule id 'no-such-rule' in check_ignore [config]",
                "content/index.md:5:8: warning: link text 'here' does not say where the link leads [link-text]"),
                findings(r));
        assertEquals(3, r.silenced());
    }

    @Test
    void aSilencedRuleIsSilencedForTheBuildToo() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                ---
                check_ignore: [broken-link]
                ---
                # Home

                The [new page](coming-soon.md) is not written yet.
                """);
        BuildResult b = site.build();
        assertEquals(List.of(), TestSite.headlines(b));
        assertTrue(site.output("index.html").contains("The new page is not written yet."));
        assertEquals(List.of(), findings(site.checkSite()));
        site.file("content/index.md", "# Home\n\nThe [new page](coming-soon.md) is not written yet.\n");
        assertFalse(site.build().written());
    }

    @Test
    void findingsAreTheSameWhateverTheThreadCount() {
        StringBuilder spec = new StringBuilder("-- content/index.md --\n# Home\n");
        for (int i = 0; i < 40; i++) {
            spec.append("-- content/s").append(i % 4).append("/p").append(i).append(".md --\n# Page ").append(i)
                    .append("\n\n#### Deep\n\n[here](p").append(i + 1).append(".md) <a href=\"../x").append(i)
                    .append("/\">x</a> <span id=\"d\"></span><span id=\"d\"></span>\n");
        }
        TestSite site = TestSite.of(spec + CURATED_THEME);
        CheckResult one = site.checkSite(site.options().withThreads(1), CheckOptions.defaults());
        CheckResult four = site.checkSite(site.options().withThreads(4), CheckOptions.defaults());
        assertTrue(one.diagnostics().size() > 150, "findings: " + one.diagnostics().size());
        assertEquals(one.diagnostics(), four.diagnostics());
    }

    @Test
    void externalResultsAreKeptUnderTheOutputFolderAcrossBuilds() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n[Gone](" + server.url("/gone")
                    + ") and [there](" + server.url("/ok") + ").\n");
            CheckOptions external = CheckOptions.defaults().withExternal(true);
            CheckResult first = site.checkSite(site.options(), external);
            assertEquals(List.of("content/index.md:3:8: error: external link '" + server.url("/gone")
                    + "' answers 404 Not Found [external-link]"), findings(first));
            assertEquals(new ExternalChecker.Stats(2, 2, 0, 0), first.external().orElseThrow());
            Path cache = site.out().resolve(".handbook-cache/external-links.tsv");
            assertTrue(Files.exists(cache));
            assertTrue(Files.exists(site.out().resolve(".handbook-site")), "a later build may replace the folder");

            assertTrue(site.build().written());
            assertTrue(Files.exists(cache), "the build keeps the cache");
            CheckResult second = site.checkSite(site.options(), external);
            assertEquals(findings(first), findings(second));
            assertEquals(new ExternalChecker.Stats(2, 0, 2, 0), second.external().orElseThrow());
            assertEquals(1, server.hits("/ok"));
        }
    }

    @Test
    void aCacheRestoredByCiIntoAFreshCheckoutIsUsedAndKept() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n[There](" + server.url("/ok") + ")\n");
            Path cache = site.out().resolve(".handbook-cache/external-links.tsv");
            Files.createDirectories(cache.getParent());
            Files.writeString(cache, LinkCache.HEADER + "\n" + server.url("/ok") + "\t"
                    + java.time.Instant.now().minusSeconds(60) + "\tOK\t200\tanswers 200\n");
            CheckResult r = site.checkSite(site.options(), CheckOptions.defaults().withExternal(true));
            assertEquals(List.of(), findings(r));
            assertEquals(new ExternalChecker.Stats(1, 0, 1, 0), r.external().orElseThrow());
            assertEquals(0, server.hits("/ok"));
            assertTrue(site.build().written(), "a folder holding only the cache may be replaced");
            assertTrue(Files.exists(cache));
        }
    }

    @Test
    void theCacheIsNotWrittenIntoAFolderTheBuildWouldRefuse() throws IOException {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n");
        Path docs = site.root().resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("thesis.txt"), "years of work");
        CheckResult r = site.checkSite(site.options().withOut(docs), CheckOptions.defaults().withExternal(true));
        assertEquals(1, r.diagnostics().size(), findings(r).toString());
        assertTrue(r.diagnostics().get(0).message().startsWith("the external-link results were not saved: refusing"),
                r.diagnostics().get(0).message());
        try (Stream<Path> s = Files.list(docs)) {
            assertEquals(List.of("thesis.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
