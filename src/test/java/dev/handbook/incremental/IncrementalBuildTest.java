package dev.handbook.incremental;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6, point 2: each kind of dependency. A rebuild renders exactly the pages whose output
 * depends on what changed, and the result always equals a clean build of the same tree.
 */
class IncrementalBuildTest {
    private static final String SITE = """
            -- content/index.md --
            # Handbook

            Start with the [[role:engineering-manager]].
            -- content/roles/_index.md --
            ---
            title: Roles
            weight: 1
            cascade: {type: role}
            ---
            -- content/roles/engineering-manager.md --
            ---
            title: Engineering manager
            weight: 1
            summary: Leads a team.
            ---
            ## Rituals

            Runs the [retro](../rituals/retro.md).
            -- content/roles/tech-lead.md --
            ---
            title: Tech lead
            weight: 2
            summary: Sets direction.
            reports_to: engineering-manager
            ---
            Works with the [[role:engineering-manager]].
            -- content/rituals/_index.md --
            ---
            title: Rituals
            weight: 2
            cascade: {type: ritual}
            ---
            -- content/rituals/retro.md --
            ---
            title: Retro
            cadence: every 2 weeks
            duration: 1h
            facilitator: engineering-manager
            purpose: Improve how we work.
            ---
            Looks back.
            -- content/guides/_index.md --
            ---
            title: Guides
            weight: 3
            ---
            -- content/guides/writing.md --
            ---
            title: Writing
            weight: 1
            tags: [docs]
            ---
            How we write.
            -- content/guides/reading.md --
            ---
            title: Reading
            weight: 2
            ---
            How we read.
            -- content/guides/deep/_index.md --
            ---
            title: Deep
            weight: 3
            ---
            -- content/guides/deep/dive.md --
            ---
            title: Dive
            ---
            Far from the roles.
            """;

    private TestSite site;
    private BuildOptions options;
    private IncrementalBuild build;

    @BeforeEach
    void start() {
        site = TestSite.of(SITE);
        options = site.options().withToday(LocalDate.of(2026, 11, 1)).withThreads(2);
        build = IncrementalBuild.start(options, Progress.NONE);
        assertTrue(build.last().ok(), build.last().diagnostics().toString());
        FreshBuild.assertSame(build, options, "first build");
    }

    @AfterEach
    void stop() {
        build.close();
    }

    @Test
    void editingTheTextOfAPageRendersThatPageAlone() {
        Rebuild r = edit("content/guides/writing.md", "How we write.", "How we write, and why.");
        assertEquals(Rebuild.Scope.PAGES, r.scope());
        assertEquals(List.of("guides/writing/index.html"), r.rendered());
        assertEquals(List.of("guides/writing/index.html"), r.changed());
        assertTrue(text("guides/writing/index.html").contains("How we write, and why."));
        FreshBuild.assertSame(build, options, "text edit");
    }

    @Test
    void theSearchIndexFollowsATextEditWhenAskedAndUntilThenStaysWhole() {
        byte[] manifest = build.site().get("search-index/index.js").orElseThrow();
        Rebuild r = edit("content/guides/writing.md", "How we write.", "How we write, with quokkas.");
        assertEquals(List.of("guides/writing/index.html"), r.changed(), "the page is served without waiting for the index");
        assertTrue(build.searchPending());
        assertArrayEquals(manifest, build.site().get("search-index/index.js").orElseThrow(), "the last index, until the next");
        Rebuild index = build.updateSearch().orElseThrow();
        assertEquals(Rebuild.Scope.SEARCH, index.scope());
        assertEquals(List.of(), index.rendered());
        assertTrue(index.changed().contains("search-index/index.js"), index.changed().toString());
        assertTrue(index.changed().stream().allMatch(p -> p.startsWith("search-index/")), index.changed().toString());
        assertEquals(r.version() + 1, index.version());
        assertFalse(build.searchPending());
        assertEquals(Optional.empty(), build.updateSearch(), "nothing left to do");
        FreshBuild.assertSame(build, options, "text edit, then the index");
    }

    @Test
    void silencedRulesAreSilencedAsInABuild() {
        Rebuild r = edit("content/guides/writing.md", "tags: [docs]\n",
                "tags: [docs]\ncheck_ignore: [broken-link, no-such-rule]\n");
        FreshBuild.assertSame(build, options, "an unknown rule id");
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        r = edit("content/guides/writing.md", "How we write.", "How we write: see [the style guide](style.md).");
        assertTrue(r.ok(), "check_ignore lets a page link to one not written yet: " + r.diagnostics());
        FreshBuild.assertSame(build, options, "a silenced broken link");
        edit("content/guides/writing.md", "check_ignore: [broken-link, no-such-rule]\n", "");
        assertFalse(build.last().ok());
        site.file("handbook.yml", "check:\n  ignore: [broken-link]\n");
        assertTrue(build.apply(Changes.of("handbook.yml")).ok());
        FreshBuild.assertSame(build, options, "silenced in handbook.yml");
    }

    @Test
    void aStaticFileUnderTheSearchIndexCollidesAsInABuild() {
        site.file("content/search-index/notes.txt", "not a path of the index");
        assertTrue(build.apply(Changes.of("content/search-index")).ok());
        FreshBuild.assertSame(build, options, "a file beside the index");
        site.file("content/search-index/index.js", "a path of the index");
        assertFalse(build.apply(Changes.of("content/search-index/index.js")).ok());
        FreshBuild.assertSame(build, options, "a file claiming a path of the index");
    }

    @Test
    void aNewTitleRendersTheNavigationAroundThePageAndItsLinksButNotDistantPages() {
        Rebuild r = edit("content/roles/engineering-manager.md", "title: Engineering manager", "title: Team lead");
        assertEquals(Rebuild.Scope.SITE, r.scope());
        List<String> rendered = r.rendered();
        for (String page : List.of("roles/engineering-manager/index.html", "roles/index.html",
                "roles/tech-lead/index.html", "index.html", "rituals/retro/index.html")) {
            assertTrue(rendered.contains(page), page + " shows the title (sidebar, reference or backlink): " + rendered);
        }
        assertFalse(rendered.contains("guides/deep/dive/index.html"), "a page that never shows it: " + rendered);
        assertTrue(text("index.html").contains("Team lead"), "the [[role:...]] text follows the title");
        FreshBuild.assertSame(build, options, "title edit");
    }

    @Test
    void aNewWeightReordersTheSectionAndReadingOrder() {
        Rebuild r = edit("content/guides/writing.md", "weight: 1", "weight: 9");
        assertEquals(Rebuild.Scope.SITE, r.scope());
        assertTrue(r.rendered().containsAll(List.of("guides/index.html", "guides/writing/index.html",
                "guides/reading/index.html")), r.rendered().toString());
        assertTrue(r.changed().contains("sitemap.xml"), "reading order is the sitemap's order");
        FreshBuild.assertSame(build, options, "weight edit");
    }

    @Test
    void aNewLinkRendersTheBacklinksOfItsTarget() {
        Rebuild r = edit("content/guides/deep/dive.md", "Far from the roles.",
                "Far from the roles, but see [reading](../reading.md).");
        assertEquals(Rebuild.Scope.SITE, r.scope());
        assertTrue(r.rendered().contains("guides/reading/index.html"), "the target lists its new backlink");
        assertTrue(r.rendered().contains("guides/deep/dive/index.html"));
        assertFalse(r.rendered().contains("roles/tech-lead/index.html"), r.rendered().toString());
        assertTrue(text("guides/reading/index.html").contains("Dive"));
        FreshBuild.assertSame(build, options, "link added");
    }

    @Test
    void aTypedFieldRendersTheGeneratedViewsThatShowIt() {
        Rebuild r = edit("content/rituals/retro.md", "duration: 1h", "duration: 2h");
        assertEquals(Rebuild.Scope.SITE, r.scope());
        assertTrue(r.rendered().contains("overview/rituals/index.html"), r.rendered().toString());
        assertTrue(r.changed().contains("rituals.ics"));
        assertFalse(r.rendered().contains("guides/writing/index.html"), r.rendered().toString());
        FreshBuild.assertSame(build, options, "typed field");
    }

    @Test
    void aReferenceInFrontMatterIsABacklinkToo() {
        Rebuild r = edit("content/roles/tech-lead.md", "reports_to: engineering-manager\n", "");
        assertTrue(r.rendered().containsAll(List.of("roles/engineering-manager/index.html",
                "overview/org-chart/index.html")), r.rendered().toString());
        FreshBuild.assertSame(build, options, "reports_to removed");
    }

    @Test
    void aChangedLayoutRendersThePagesUsingItAndAChangedPartialEveryPage() throws IOException {
        Path layouts = site.root().resolve("themes/default/layouts");
        Files.createDirectories(layouts);
        Files.writeString(layouts.resolve("ritual.peb"),
                Files.readString(Path.of("themes/default/layouts/ritual.peb")) + "<!-- local ritual layout -->\n");
        Rebuild r = build.apply(Changes.of("themes", "themes/default", "themes/default/layouts",
                "themes/default/layouts/ritual.peb"));
        assertEquals(List.of("rituals/retro/index.html"), r.rendered(), "only the ritual uses layouts/ritual.peb");
        FreshBuild.assertSame(build, options, "layout override");

        Path partials = site.root().resolve("themes/default/partials");
        Files.createDirectories(partials);
        Files.writeString(partials.resolve("footer.peb"), "<footer>local footer</footer>\n");
        r = build.apply(Changes.of("themes/default/partials", "themes/default/partials/footer.peb"));
        assertEquals(build.site().files().keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList(),
                r.rendered(), "base.peb includes the footer: every page");
        FreshBuild.assertSame(build, options, "partial override");
    }

    /**
     * Issue 25.1: the views are compared with plain {@code equals} now, so the fields of a type a
     * handbook adds must compare their order too: only the order of two unset fields changes here,
     * which changes nothing else the page is made from, yet a layout that loops over the fields
     * writes them in the new order.
     */
    @Test
    void reorderingTheFieldsOfAnOwnTypeRendersThePagesThatLoopOverThem() throws IOException {
        site.file("themes/default/types/okr.yml", "label: Objective\nplural: Objectives\nfields:\n"
                + "  objective: {kind: text}\n  first: {kind: text}\n  second: {kind: date}\n");
        site.file("themes/default/layouts/okr.peb", "{% extends \"layouts/base.peb\" %}{% block main %}"
                + "<ul>{% for f in page.fields %}<li>{{ f.key }}={{ f.value }}</li>{% endfor %}</ul>{% endblock %}\n");
        site.file("content/okrs/grow.md", "---\ntype: okr\nobjective: Grow.\n---\n");
        Rebuild r = build.apply(Changes.of("themes", "themes/default", "themes/default/types",
                "themes/default/types/okr.yml", "themes/default/layouts", "themes/default/layouts/okr.peb",
                "content/okrs", "content/okrs/grow.md"));
        assertTrue(build.last().ok(), build.last().diagnostics().toString());
        assertTrue(text("okrs/grow/index.html").contains("<li>objective=Grow.</li><li>first=</li><li>second=</li>"));

        r = edit("themes/default/types/okr.yml", "  first: {kind: text}\n  second: {kind: date}\n",
                "  second: {kind: date}\n  first: {kind: text}\n");
        assertTrue(r.rendered().contains("okrs/grow/index.html"), r.rendered().toString());
        assertTrue(text("okrs/grow/index.html").contains("<li>objective=Grow.</li><li>second=</li><li>first=</li>"));
        FreshBuild.assertSame(build, options, "fields reordered");
    }

    @Test
    void aChangedConfigurationReadsEverythingAgain() {
        site.file("handbook.yml", "title: Renamed handbook\n");
        Rebuild r = build.apply(Changes.of("handbook.yml"));
        assertEquals(Rebuild.Scope.FULL, r.scope());
        assertTrue(r.changed().contains("guides/deep/dive/index.html"), "the title is on every page");
        FreshBuild.assertSame(build, options, "handbook.yml");
    }

    @Test
    void newDeletedAndRenamedPagesAndFolders() throws IOException {
        site.file("content/guides/new.md", "# New\n\nFresh.\n");
        Rebuild r = build.apply(Changes.of("content/guides/new.md"));
        assertTrue(r.changed().contains("guides/new/index.html"));
        FreshBuild.assertSame(build, options, "added");

        Files.move(site.root().resolve("content/guides/deep"), site.root().resolve("content/guides/deeper"));
        r = build.apply(Changes.of("content/guides/deep", "content/guides/deeper"));
        assertTrue(r.removed().contains("guides/deep/dive/index.html") && r.changed().contains("guides/deeper/dive/index.html"));
        FreshBuild.assertSame(build, options, "folder renamed");

        Files.delete(site.root().resolve("content/guides/reading.md"));
        r = build.apply(Changes.of("content/guides/reading.md"));
        assertEquals(List.of("guides/reading/index.html"), r.removed());
        FreshBuild.assertSame(build, options, "deleted");
    }

    @Test
    void aStaticFileIsCopiedAgainWithoutRenderingAnything() {
        site.file("content/guides/chart.png", "PNG 1");
        Rebuild r = build.apply(Changes.of("content/guides/chart.png"));
        assertEquals(List.of("guides/chart.png"), r.changed());
        site.file("content/guides/chart.png", "PNG 2");
        r = build.apply(Changes.of("content/guides/chart.png"));
        assertEquals(Rebuild.Scope.PAGES, r.scope());
        assertEquals(List.of(), r.rendered());
        assertEquals(List.of("guides/chart.png"), r.changed());
        FreshBuild.assertSame(build, options, "static file");
    }

    @Test
    void anErrorKeepsTheLastSiteAndTheFixBringsItBack() {
        long version = build.site().version();
        byte[] before = build.site().get("guides/writing/index.html").orElseThrow();
        Rebuild r = edit("content/guides/writing.md", "How we write.", "How we write. See [[role:nobody]].");
        assertFalse(r.ok());
        assertEquals(List.of("content/guides/writing.md:6:26: error: unknown role 'nobody'"),
                FreshBuild.headlines(r.errors()));
        assertEquals(version, build.site().version(), "the site served is still the last one that built");
        assertTrue(java.util.Arrays.equals(before, build.site().get("guides/writing/index.html").orElseThrow()));
        FreshBuild.assertSame(build, options, "broken");
        r = edit("content/guides/writing.md", " See [[role:nobody]].", " See [[role:tech-lead]].");
        assertTrue(r.ok());
        assertTrue(text("guides/writing/index.html").contains("Tech lead"));
        FreshBuild.assertSame(build, options, "fixed");
    }

    @Test
    void filesThatCameAndWentChangeNothing() throws IOException {
        Path tmp = site.root().resolve("content/guides/writing.md~");
        Files.writeString(tmp, "backup");
        Files.delete(tmp);
        Rebuild r = build.apply(Changes.of("content/guides/writing.md~", "content/guides/.writing.md.swp"));
        assertEquals(Rebuild.Scope.NOTHING, r.scope());
        assertEquals(List.of(), r.rendered());
    }

    @Test
    void losingTrackOfEventsReadsEverythingAgain() {
        site.file("content/guides/writing.md", "---\ntitle: Writing well\n---\nChanged while nobody watched.\n");
        Rebuild r = build.apply(Changes.all());
        assertEquals(Rebuild.Scope.FULL, r.scope());
        FreshBuild.assertSame(build, options, "overflow");
    }

    private Rebuild edit(String path, String from, String to) {
        try {
            Path file = site.root().resolve(path);
            String text = Files.readString(file);
            assertTrue(text.contains(from), path + " contains " + from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return build.apply(Changes.of(path));
    }

    private String text(String sitePath) {
        return new String(build.site().get(sitePath).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
