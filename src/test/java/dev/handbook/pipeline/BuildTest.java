package dev.handbook.pipeline;

import dev.handbook.TestSite;
import dev.handbook.write.SiteWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.handbook.TestSite.assertSameFiles;
import static dev.handbook.TestSite.errors;
import static dev.handbook.TestSite.snapshot;
import static dev.handbook.TestSite.headlines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildTest {
    private static final String SMALL = """
            -- content/index.md --
            # Team handbook

            Start with [the engineering manager](roles/engineering-manager.md#rituals).
            -- content/roles/engineering-manager.md --
            ---
            title: Engineering manager
            weight: 1
            ---
            ## Rituals

            Runs the [retro](../rituals/retro.md). ![Org chart](org.png)
            -- content/roles/org.png --
            PNG
            -- content/rituals/retro.md --
            # Retrospective

            Every two weeks.
            """;

    @Test
    void aFolderWithOnlyMarkdownBuildsWithTheBuiltInTheme() {
        TestSite site = TestSite.of("-- content/index.md --\n# Hello\n\nWorld.\n");
        BuildResult r = site.build();
        assertEquals(List.of(), headlines(r));
        assertTrue(r.written());
        assertTrue(site.output("index.html").contains("<h1>Hello</h1>"));
        assertTrue(site.exists("assets/style.css"));
        assertTrue(site.exists("404.html"));
        assertTrue(site.exists("sitemap.xml"));
    }

    @Test
    void prettyUrlsAndRelativeLinks() {
        TestSite site = TestSite.of(SMALL);
        BuildResult r = site.build();
        assertEquals(List.of(), headlines(r));
        String em = site.output("roles/engineering-manager/index.html");
        assertTrue(em.contains("<a href=\"../../rituals/retro/index.html\">retro</a>"), em);
        assertTrue(em.contains("<img src=\"../../roles/org.png\" alt=\"Org chart\" loading=\"lazy\">"), em);
        assertTrue(em.contains("href=\"../../assets/style.css\""), em);
        String home = site.output("index.html");
        assertTrue(home.contains("<a href=\"roles/engineering-manager/index.html#rituals\">the engineering manager</a>"));
        assertTrue(site.exists("roles/org.png"));
        assertTrue(site.exists("rituals/index.html"), "a folder without an index page gets a section page");
        assertFalse(em.contains("http://") || em.contains("https://"), "no absolute URLs, no CDN");
    }

    @Test
    void titleComesFromFrontMatterThenHeadingThenFileName() {
        TestSite site = TestSite.of("""
                -- content/a.md --
                ---
                title: From front matter
                ---
                # Heading
                -- content/b.md --
                # From heading
                -- content/on-call_rota.md --
                Text only.
                """);
        site.build();
        assertTrue(site.output("a/index.html").contains("<h1>From front matter</h1>"));
        assertTrue(site.output("b/index.html").contains("<h1>From heading</h1>"));
        assertTrue(site.output("on-call_rota/index.html").contains("<h1>On call rota</h1>"));
    }

    @Test
    void pagesAreOrderedByWeightThenTitle() {
        TestSite site = TestSite.of("""
                -- content/c.md --
                # Charlie
                -- content/b.md --
                ---
                weight: 2
                ---
                # Bravo
                -- content/a.md --
                ---
                weight: 1
                ---
                # Zulu
                -- content/d.md --
                # Alpha
                """);
        site.build();
        String home = site.output("index.html");
        int zulu = home.indexOf(">Zulu<"), bravo = home.indexOf(">Bravo<"), alpha = home.indexOf(">Alpha<"),
                charlie = home.indexOf(">Charlie<");
        assertTrue(zulu < bravo && bravo < alpha && alpha < charlie, home);
    }

    @Test
    void brokenLinkIsAnErrorAtItsPositionAndNothingIsWritten() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home

                See [x](roles/enginering-manager.md) and [y](roles/engineering-manager.md#ritual).
                -- content/roles/engineering-manager.md --
                ## Rituals
                """);
        BuildResult r = site.build();
        assertEquals(List.of(
                "content/index.md:3:9: error: broken link 'roles/enginering-manager.md': no page or file "
                        + "content/roles/enginering-manager.md (did you mean 'roles/engineering-manager.md'?)",
                "content/index.md:3:46: error: broken link 'roles/engineering-manager.md#ritual': "
                        + "content/roles/engineering-manager.md has no heading '#ritual' (did you mean 'rituals'?)"),
                headlines(r));
        assertFalse(r.written());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void unknownReferenceSuggestsTheClosestSlug() {
        TestSite site = TestSite.of("""
                -- content/roles/tech-leads.md --
                ---
                type: role
                summary: Leads tech.
                ---
                Text.
                -- content/roles/em.md --
                ---
                type: role
                summary: Leads people.
                ---
                Works with [[role:tech-lead]].
                """);
        assertEquals(List.of("content/roles/em.md:5:19: error: unknown role 'tech-lead' (did you mean 'tech-leads'?)"),
                headlines(site.build()));
    }

    @Test
    void allErrorsOfABuildAreReportedTogetherSortedByFileAndLine() {
        TestSite site = TestSite.of("""
                -- content/b.md --
                [x](nope.md)
                -- content/a.md --
                ---
                title: [unclosed
                ---
                -- content/c.md --
                ---
                weight: heavy
                ---
                """);
        List<String> errors = errors(site.build());
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/a.md:3:1: error: invalid YAML"), errors.get(0));
        assertEquals("content/b.md:1:5: error: broken link 'nope.md': no page or file content/nope.md", errors.get(1));
        assertEquals("content/c.md:2:9: error: weight must be a whole number, found 'heavy'", errors.get(2));
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        TestSite site = TestSite.of(SMALL);
        assertTrue(site.build().written());
        Map<String, byte[]> before = snapshot(site.out());
        site.file("content/rituals/retro.md", "---\ntitle: [broken\n---\n");
        BuildResult r = site.build();
        assertFalse(r.written());
        assertTrue(r.errors() > 0);
        assertSameFiles(before, snapshot(site.out()));
        try (Stream<Path> s = Files.list(site.root())) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.") && !n.equals(".site.lock")).toList(),
                    "no staging folder left behind (the lock file stays, see OutputLock)");
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate() throws IOException {
        TestSite site = TestSite.of(SMALL);
        Path precious = site.root().resolve("docs");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "years of work");
        BuildResult r = site.build(site.options().withOut(precious));
        assertFalse(r.written());
        assertTrue(r.usageError());
        assertTrue(headlines(r).get(0).contains("refusing to replace"), headlines(r).get(0));
        assertEquals("years of work", Files.readString(precious.resolve("thesis.txt")));
        assertTrue(site.build(site.options().withOut(precious).withForce(true)).written());
    }

    @Test
    void refusesTheRootTheContentFolderAndItsParents() {
        TestSite site = TestSite.of(SMALL);
        for (Path out : List.of(site.root(), site.root().resolve("content"), site.root().resolve("content/roles"),
                site.root().getParent())) {
            BuildResult r = site.build(site.options().withOut(out));
            assertFalse(r.written(), out.toString());
            assertTrue(Files.exists(site.root().resolve("content/roles/engineering-manager.md")));
        }
    }

    @Test
    void leftoversOfAKilledBuildAreCleanedAndOthersKept() throws IOException {
        TestSite site = TestSite.of(SMALL);
        Path leftover = site.root().resolve(".site.staging-12345");
        Files.createDirectories(leftover.resolve("roles"));
        Files.writeString(leftover.resolve(SiteWriter.MARKER), "");
        Path notOurs = site.root().resolve(".site.staging-mine");
        Files.createDirectories(notOurs);
        Files.writeString(notOurs.resolve("keep.txt"), "mine");
        assertTrue(site.build().written());
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(notOurs.resolve("keep.txt")));
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount() throws IOException {
        TestSite site = TestSite.of(SMALL + """
                -- content/ways/release.md --
                ---
                tags: [process, release]
                ---
                # Release
                [[retro]]
                """);
        Path one = site.root().resolve("out1");
        Path four = site.root().resolve("out4");
        assertTrue(site.build(site.options().withOut(one).withThreads(1)).written());
        assertTrue(site.build(site.options().withOut(four).withThreads(4)).written());
        assertSameFiles(snapshot(one), snapshot(four));
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                # Home
                -- content/plan.md --
                ---
                draft: true
                ---
                # Secret plan
                """);
        assertTrue(site.build().written());
        assertFalse(site.exists("plan/index.html"));
        assertFalse(site.output("index.html").contains("Secret plan"));
        assertTrue(site.build(site.options().withDrafts(true)).written());
        assertTrue(site.exists("plan/index.html"));
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        TestSite site = TestSite.of("""
                -- content/index.md --
                See the [plan](plan.md).
                -- content/plan.md --
                ---
                draft: true
                ---
                Plan.
                """);
        BuildResult normal = site.build();
        assertTrue(normal.written());
        assertEquals(List.of("content/index.md:1:16: warning: link 'plan.md' leads to content that is a draft; "
                + "it is shown as plain text"), headlines(normal));
        assertTrue(site.output("index.html").contains("See the plan."));
        BuildResult strict = site.build(site.options().withStrict(true));
        assertFalse(strict.written());
        assertEquals(1, strict.errors());
    }

    @Test
    void twoSourcesForOneUrlAreAnErrorNamingBoth() {
        TestSite site = TestSite.of("""
                -- content/a/b.md --
                # One
                -- content/a/b/index.md --
                # Two
                """);
        assertEquals(List.of("content/a/b/index.md: error: content/a/b.md and content/a/b/index.md both become "
                + "the page /a/b/; rename one"), headlines(site.build()));
    }

    @Test
    void sitemapUsesTheBaseUrlWhenConfigured() {
        TestSite site = TestSite.of(SMALL + "-- handbook.yml --\nbase_url: https://handbook.example.org/eng\n");
        site.build();
        String sitemap = site.output("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://handbook.example.org/eng/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://handbook.example.org/eng/roles/engineering-manager/</loc>"), sitemap);
    }

    @Test
    void templateErrorNamesTheTemplateAndLine() {
        TestSite site = TestSite.of(SMALL + """
                -- themes/default/layouts/page.peb --
                {% extends "layouts/base.peb" %}
                {% block main %}
                <h1>{{ page.titel }}</h1>
                {% endblock %}
                """);
        BuildResult r = site.build();
        assertFalse(r.written());
        String first = headlines(r).get(0);
        assertTrue(first.startsWith("themes/default/layouts/page.peb:3: error: template error:"), first);
        assertTrue(first.contains("titel"), first);
    }
}
