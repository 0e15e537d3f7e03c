package dev.handbook;

import dev.handbook.pipeline.BuildResult;
import dev.handbook.search.IndexText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's proof: a unique canary in every place restricted content can live, and not one byte
 * sequence of any canary, in any encoding the site uses, anywhere in the wider edition's files
 * (names included), while every canary is in the narrower one.
 */
class AudienceLeakTest {
    /** Each canary has a core word that no encoding changes, plus characters that encodings do change. */
    static final List<String> CANARIES = List.of("cnrytitle", "cnryslug", "cnrybody", "cnryblock", "cnryfield",
            "cnrysummary", "cnryrow", "cnrymember", "cnrytag", "cnryfilename", "cnrystatic", "cnryheading",
            "cnryrefdef", "cnryfootnote", "cnrysection", "cnryritual", "cnrydesc",
            // issue 22: the org chart's rows, the week, the rituals held less often, runbook steps
            "cnryorg", "cnryweek", "cnrywhile", "cnrystep", "cnrytask");

    static final String SITE = """
            -- handbook.yml --
            title: Leak test
            audiences: [everyone, managers]
            -- content/index.md --
            # Home

            Public text. See the [pay plan](pay/cnryslug-plan.md), [[ritual:cnryslug-ritual]] and
            [the file](secret/cnryfilename.pdf), with a reference [link][r] and a note[^n].

            ::: audience managers
            ## cnryheading Heading & <Stuff> "é"

            cnryblock body in a block, with [a link](pay/cnryslug-plan.md).

            [r]: https://example.org/cnryrefdef?q=1&x="é"
            [^n]: cnryfootnote text
            :::

            ## Public heading

            More public text.
            -- content/roles/lead.md --
            ---
            type: role
            summary: Leads.
            ---
            -- content/pay/cnryslug-plan.md --
            ---
            title: "cnrytitle & <Pay> \\"plan\\" é"
            description: cnrydesc of the pay plan
            audience: managers
            tags: [cnrytag]
            owner: lead
            ---
            cnrybody text of the plan.
            -- content/people/cnryslug-person.md --
            ---
            type: role
            audience: managers
            summary: cnrysummary text
            reports_to: lead
            ---
            -- content/secret/_index.md --
            ---
            title: cnrysection & <Section>
            cascade: {audience: managers}
            ---
            -- content/secret/cnryfilename.pdf --
            %PDF cnrystatic
            -- content/secret/notes.md --
            ---
            custom_field: x
            ---
            Notes.
            -- content/rituals/cnryslug-ritual.md --
            ---
            type: ritual
            title: cnryritual review
            audience: managers
            cadence: yearly
            duration: 2h
            day: 2026-11-18
            purpose: cnryfield purpose
            ---
            -- content/roles/cnryorg-role.md --
            ---
            type: role
            title: cnryorg adviser
            audience: managers
            summary: Advises.
            ---
            -- content/rituals/sync.md --
            ---
            type: ritual
            title: cnryweek sync & <Pay>
            audience: managers
            cadence: weekly
            duration: 45m
            day: tuesday
            time: "10:00"
            per: report
            attendees: [lead]
            purpose: Sync.
            ---
            -- content/rituals/board.md --
            ---
            type: ritual
            title: Board review
            audience: managers
            cadence: every 2 weeks
            duration: 1h
            day: 2026-11-19
            only_while: cnrywhile a reorganisation runs
            purpose: Decide.
            ---
            -- content/runbooks/outage.md --
            ---
            type: runbook
            service: All
            severity: SEV2
            trigger: Down.
            owner: lead
            ---
            1. Public first step.
            2. Public second step.

            ::: audience managers
            1. cnrystep secret step
            - [ ] cnrytask secret item
            :::

            - [ ] Public item
            -- content/teams/core.md --
            ---
            type: team
            mission: Build.
            members:
              - {name: Ann, role: lead}
              - {name: Bo, role: lead}
              - {name: Cy, role: lead}
              - {name: Di, role: lead}
              - {name: "cnrymember & <Eve>", role: lead, audience: managers}
            ---
            -- content/responsibilities.yml --
            activities:
              - activity: Public work
                responsible: [lead]
                accountable: lead
              - activity: "cnryrow & <pay> é"
                audience: managers
                responsible: [lead]
                accountable: lead
            """;

    @Test
    void noCanaryReachesTheWiderEditionInAnyEncoding() throws IOException {
        TestSite site = TestSite.of(SITE);
        BuildResult everyone = site.build();
        assertTrue(everyone.written(), TestSite.headlines(everyone).toString());
        List<String> leaks = leaks(site.out(), CANARIES);
        assertEquals(List.of(), leaks);

        Path managers = site.root().resolve("site-managers");
        BuildResult narrow = site.build(site.options().withOut(managers).withAudience("managers"));
        assertTrue(narrow.written(), TestSite.headlines(narrow).toString());
        List<String> missing = new ArrayList<>();
        for (String c : CANARIES) if (leaks(managers, List.of(c)).isEmpty()) missing.add(c);
        assertEquals(List.of(), missing, "every canary is in the managers' edition");
    }

    /** Issue 22.7: the managers' edition has the same views, with its restricted rows in them and marked. */
    @Test
    void theManagersEditionsViewsShowTheRestrictedRowsMarked() {
        TestSite site = TestSite.of(SITE);
        Path managers = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(managers).withAudience("managers")).written());
        String week = read(managers, "overview/rituals/index.html");
        assertTrue(week.contains("wk-restricted\"><a href=\"../../rituals/sync/index.html\" title=\"cnryweek sync &amp; &lt;Pay&gt;\">cnryweek sync &amp; &lt;Pay&gt;</a>"
                + " <span class=\"wk-time\">10:00–10:45</span> <span class=\"audience-badge\">Managers only</span>"), week);
        assertTrue(week.contains("Only while cnrywhile a reorganisation runs"), week);
        assertTrue(week.contains("cnryritual review</a> <span class=\"audience-badge\">Managers only</span>"), week);
        String org = read(managers, "overview/org-chart/index.html");
        assertTrue(org.contains("cnryorg adviser</a><span class=\"org-teams\">No team</span><span class=\"audience-badge\">"
                + "Managers only</span>"), org);
        String matrix = read(managers, "overview/responsibilities/index.html");
        assertTrue(matrix.contains("cnryrow &amp; &lt;pay&gt; é <span class=\"audience-badge\">Managers only</span>"), matrix);
        String runbook = read(managers, "runbooks/outage/index.html");
        assertTrue(runbook.contains("<span id=\"rb-step-3-text\" class=\"step-text\">cnrystep secret step</span>"), runbook);
        assertTrue(runbook.contains("<span id=\"rb-step-4-text\" class=\"step-text\">cnrytask secret item</span>"), runbook);
    }

    private static String read(Path site, String page) {
        try {
            return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void visibleLinksToHiddenContentAreWarningsAndStrictFails() {
        TestSite site = TestSite.of(SITE);
        BuildResult r = site.build();
        List<String> warnings = TestSite.headlines(r).stream().filter(h -> h.contains("warning: link")).toList();
        assertEquals(3, warnings.size(), TestSite.headlines(r).toString());
        assertTrue(warnings.get(0).startsWith("content/index.md:3:33: warning: link 'pay/cnryslug-plan.md' leads to "
                + "content that is not in the 'everyone' edition"), warnings.get(0));
        String home = site.output("index.html");
        assertTrue(home.contains("See the pay plan, (not available) and"), home);
        assertTrue(!site.build(site.options().withStrict(true)).written());
    }

    static final String HISTORY = """
            -- handbook.yml --
            audiences: [everyone, managers]
            -- content/index.md --
            # Home
            -- content/open.md --
            # Open
            -- content/blocks.md --
            # Blocks

            Public.

            ::: audience managers
            For managers.
            :::
            -- content/teams/core.md --
            ---
            type: team
            mission: Build.
            members:
              - {name: Ann, role: lead}
              - {name: Bo, role: lead}
              - {name: Cy, role: lead}
              - {name: Di, role: lead}
              - {name: Eve, role: lead, audience: managers}
            ---
            -- content/roles/lead.md --
            ---
            type: role
            title: Lead
            summary: Leads.
            ---
            -- content/pay/plan.md --
            ---
            audience: managers
            ---
            # Plan
            -- content/secret/_index.md --
            ---
            cascade: {audience: managers}
            ---
            -- content/secret/notes.md --
            # Notes
            -- content/responsibilities.yml --
            activities:
              - activity: Public work
                responsible: [lead]
                accountable: lead
            """;

    /** Canaries in the subjects and authors of commits, and the dates of two commits no wider reader may see. */
    static final List<String> COMMIT_CANARIES = List.of("cnrysubjrestricted", "cnryauthrestricted", "cnrysubjmixed",
            "cnrysubjblock", "cnrysubjmember", "cnrysubjdeleted", "cnryauthdeleted", "cnrysubjdata");
    static final List<String> HIDDEN_DATES = List.of("2001-02-03", "2002-03-04");

    // issue 21.7: what a commit message says is judged by what the commit touched
    @Test
    void commitsOfRestrictedContentNeverReachTheWiderEditionNorTheirSubjectsWhenTheyTouchedAny() throws IOException {
        TestSite site = TestSite.of(HISTORY);
        GitRepo git = GitRepo.init(site.root());
        git.git("add", "content/index.md", "content/open.md", "content/roles", "handbook.yml");
        git.commitStaged("2026-01-01T00:00:00Z", "Ann", "Start the public pages");
        git.git("add", "content/pay", "content/secret");
        site.file("content/was-secret.md", "---\naudience: managers\n---\n# Was secret\n");
        git.git("add", "content/was-secret.md");
        git.commitStaged("2001-02-03T04:05:06Z", "cnryauthrestricted", "cnrysubjrestricted: the pay plan");
        site.file("content/open.md", "# Open\n\nEdited.\n");
        site.file("content/pay/plan.md", "---\naudience: managers\n---\n# Plan\n\nEdited.\n");
        git.git("add", "content/open.md", "content/pay/plan.md");
        git.commitStaged("2026-01-03T00:00:00Z", "Bo", "cnrysubjmixed: open and pay");
        git.git("add", "content/blocks.md");
        git.commitStaged("2026-01-04T00:00:00Z", "Bo", "cnrysubjblock: numbers for managers");
        git.git("add", "content/teams", "content/responsibilities.yml");
        git.commitStaged("2026-01-05T00:00:00Z", "Bo", "cnrysubjmember: Eve joins");
        git.git("rm", "-q", "content/was-secret.md");
        git.commitStaged("2002-03-04T05:06:07Z", "cnryauthdeleted", "cnrysubjdeleted: drop the secret page");
        site.file("content/open.md", "# Open\n\nEdited again.\n");
        site.file("content/responsibilities.yml", site.read("content/responsibilities.yml")
                + "  - activity: Pay reviews\n    audience: managers\n    responsible: [lead]\n    accountable: lead\n");
        git.commit("2026-01-07T00:00:00Z", "Bo", "cnrysubjdata: responsibilities and open");

        BuildResult everyone = site.build(site.options().withStrict(true));
        assertTrue(everyone.written(), TestSite.headlines(everyone).toString());
        assertEquals(List.of(), leaks(site.out(), COMMIT_CANARIES));
        assertEquals(List.of(), leaks(site.out(), HIDDEN_DATES));
        assertEquals(List.of("Updated | 00:00 · Bo | Open", "Updated | 00:00 · Bo | Core",
                        "Updated | 00:00 · Bo | Blocks", "Updated | 00:00 · Bo | Open",
                        "Start the public pages | 00:00 · Ann | Home, Open, Lead"),
                RecentChangesTest.changes(org.jsoup.Jsoup.parse(site.output(RecentChangesTest.PAGE))));

        Path managers = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(managers).withAudience("managers")).written());
        List<String> missing = new ArrayList<>();
        for (String c : COMMIT_CANARIES) if (leaks(managers, List.of(c)).isEmpty()) missing.add(c);
        assertEquals(List.of(), missing, "the managers' edition is the whole handbook: every subject and author");
    }

    /** Every form of each canary's core word that might appear in any output file's name or bytes. */
    static List<String> leaks(Path out, List<String> canaries) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = out.relativize(p).toString().toLowerCase(Locale.ROOT);
                // The search index's files of pages are deflated: read what search.js reads.
                String body = Files.isRegularFile(p) ? IndexText.of(Files.readAllBytes(p)).toLowerCase(Locale.ROOT) : "";
                for (String c : canaries) {
                    for (String form : forms(c)) {
                        if (name.contains(form) || body.contains(form)) found.add(c + " as '" + form + "' in " + name);
                    }
                }
            }
        }
        return found;
    }

    /** The word as written, percent-encoded, as HTML numeric entities, and as JSON unicode escapes. */
    static List<String> forms(String word) {
        StringBuilder dec = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        StringBuilder json = new StringBuilder();
        StringBuilder pct = new StringBuilder();
        for (char ch : word.toCharArray()) {
            dec.append("&#").append((int) ch).append(';');
            hex.append("&#x").append(Integer.toHexString(ch)).append(';');
            json.append("\\u00").append(Integer.toHexString(ch));
            pct.append('%').append(Integer.toHexString(ch));
        }
        return List.of(word, URLEncoder.encode(word, StandardCharsets.UTF_8), dec.toString(), hex.toString(),
                json.toString(), pct.toString(), word.substring(0, 4) + "&shy;" + word.substring(4));
    }

    static final String NESTED = """
            -- handbook.yml --
            audiences: [everyone, managers, hr]
            -- content/index.md --
            # Home

            Public start.

            ::: audience managers
            cnrymgrone managers text.

            ::: audience hr
            cnryhrinner hr text.
            :::

            cnrymgrtwo after the inner block.
            :::

            Public end.
            """;

    // issue 23.2: a block inside a block: the text after the inner ':::' stays the outer block's
    @Test
    void nestedBlocksKeepTheNarrowerAudienceEverywhereIncludingTheSearchIndex() throws IOException {
        TestSite site = TestSite.of(NESTED);
        BuildResult everyone = site.build(site.options().withStrict(true));
        assertTrue(everyone.written(), TestSite.headlines(everyone).toString());
        assertEquals(List.of(), leaks(site.out(), List.of("cnrymgrone", "cnryhrinner", "cnrymgrtwo")));
        assertTrue(site.output("index.html").contains("Public end."));

        Path managers = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(managers).withAudience("managers").withStrict(true)).written());
        assertEquals(List.of(), leaks(managers, List.of("cnryhrinner")));
        assertTrue(java.nio.file.Files.readString(managers.resolve("index.html")).contains("cnrymgrtwo"),
                "the outer block's text after the inner one is in the managers' edition");

        Path hr = site.root().resolve("site-hr");
        assertTrue(site.build(site.options().withOut(hr).withAudience("hr").withStrict(true)).written());
        String home = java.nio.file.Files.readString(hr.resolve("index.html"));
        int outer = home.indexOf("data-audience=\"managers\"");
        int inner = home.indexOf("data-audience=\"hr\"");
        int after = home.indexOf("cnrymgrtwo");
        int outerEnd = home.indexOf("</section>", home.indexOf("</section>", inner) + 1);
        assertTrue(outer >= 0 && outer < inner && inner < after && after < outerEnd, home);
        assertTrue(!home.contains(":::"), "no fence line is shown as text");
    }

    // issue 23.2: the narrower audience wins, and a fence that closes nothing is an error
    @Test
    void aWiderBlockInsideANarrowerOneStaysNarrowAndAStrayFenceIsAnError() throws IOException {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home

                ::: audience managers
                ::: audience everyone
                cnrywidened text.
                :::
                :::
                -- content/stray.md --
                # Stray

                Text.
                :::
                """);
        BuildResult r = site.build();
        assertEquals(List.of("content/index.md:4:1: warning: this block for 'everyone' is inside a block for "
                        + "'managers', so only 'managers' can read it",
                "content/stray.md:4:1: error: ':::' closes no audience block; remove it, or open the block with "
                        + "'::: audience NAME'"), TestSite.headlines(r));
        site.file("content/stray.md", "# Stray\n");
        assertTrue(site.build().written());
        assertEquals(List.of(), leaks(site.out(), List.of("cnrywidened")));
    }

    // issue 23.7: every near-miss spelling of a fence is understood or an error at its line; none is text
    @Test
    void nearMissFencesAreUnderstoodOrErrorsNeverText() throws IOException {
        List<String> understood = List.of("::: Audience managers\ncnryupper\n:::",
                ":::: audience managers\ncnryfour\n::::", "::: audience: managers\ncnrycolon\n:::",
                "::: audience managers hr\ncnrytwo\n:::", ":::audience managers,hr\ncnrycomma\n:::");
        StringBuilder page = new StringBuilder("# Home\n\n");
        for (String block : understood) page.append(block).append("\n\nPublic.\n\n");
        TestSite site = TestSite.of("-- handbook.yml --\naudiences: [everyone, managers, hr]\n");
        site.file("content/index.md", page.toString());
        BuildResult r = site.build(site.options().withStrict(true));
        assertTrue(r.written(), TestSite.headlines(r).toString());
        List<String> canaries = List.of("cnryupper", "cnryfour", "cnrycolon", "cnrytwo", "cnrycomma");
        assertEquals(List.of(), leaks(site.out(), canaries));
        Path managers = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(managers).withAudience("managers")).written());
        String home = java.nio.file.Files.readString(managers.resolve("index.html"));
        for (String c : canaries) assertTrue(home.contains(c), c + " is in the managers' edition");
        assertEquals(5, home.split("data-audience=\"managers\"", -1).length - 1, "each is a managers block");
        assertTrue(!home.contains(":::"), home);

        TestSite wrong = TestSite.of("-- handbook.yml --\naudiences: [everyone, managers]\n");
        wrong.file("content/index.md", "# Home\n\n\u00a0::: audience managers\ncnrynbsp\n:::\n\n"
                + "::: audiance managers\ncnrytypo\n:::\n\n::: audience\ncnrynoname\n:::\n");
        BuildResult bad = wrong.build();
        assertEquals(List.of("content/index.md:3:2: error: a no-break space (U+00A0) comes before ':::'; start the "
                        + "line with ':::' or ordinary spaces",
                "content/index.md:7:1: error: 'audiance' is not a directive (did you mean '::: audience managers'?)",
                "content/index.md:11:1: error: an audience block needs the audience it is for: '::: audience NAME'"),
                TestSite.headlines(bad));
        var check = wrong.checkSite();
        for (var d : check.diagnostics()) assertTrue(!d.message().contains("cnry"), d.toString());
    }

    static final String FILES = """
            -- handbook.yml --
            audiences: [everyone, managers]
            -- content/index.md --
            # Home

            The [org chart](people/org.png) and the [rota](people/rota.txt).

            ::: audience managers
            The [bonus table](people/bonus-table.pdf).
            :::
            -- content/people/pay.md --
            ---
            audience: managers
            ---
            # Pay

            ![Bands](salary-bands.png) and ![Org](org.png), <img src="../people/raw-only.png" alt="x">.
            -- content/people/salary-bands.png --
            PNG cnrybands
            -- content/people/org.png --
            PNG org
            -- content/people/bonus-table.pdf --
            %PDF cnrybonus
            -- content/people/raw-only.png --
            PNG cnryraw
            -- content/people/rota.txt --
            rota
            -- content/people/unused.txt --
            nobody links here
            """;

    // issue 23.8: a file in a public folder that only restricted content uses stays out of the wider edition
    @Test
    void aFileOnlyRestrictedContentUsesIsLeftOutOfTheWiderEdition() throws IOException {
        TestSite site = TestSite.of(FILES);
        BuildResult everyone = site.build(site.options().withStrict(true));
        assertTrue(everyone.written(), TestSite.headlines(everyone).toString());
        assertEquals(List.of(), leaks(site.out(), List.of("cnrybands", "cnrybonus", "cnryraw")));
        for (String kept : List.of("people/org.png", "people/rota.txt", "people/unused.txt")) {
            assertTrue(site.exists(kept), kept + " is used by a public page, or by no page: it stays");
        }
        assertEquals(List.of("content/people/bonus-table.pdf", "content/people/raw-only.png",
                "content/people/salary-bands.png"), everyone.withheld());

        Path managers = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(managers).withAudience("managers")).written());
        for (String f : List.of("salary-bands.png", "bonus-table.pdf", "raw-only.png", "org.png")) {
            assertTrue(java.nio.file.Files.exists(managers.resolve("people").resolve(f)), f);
        }
    }

    // issue 23.9: links and images in raw HTML to hidden content were emitted as written, with 0 warnings
    @Test
    void rawHtmlLinksToHiddenContentBecomeTextWithAWarningLikeMarkdownOnes() throws IOException {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home

                <a href="secret/cnryrawpage/index.html">the plan</a>, <img src="secret/cnryrawfile.pdf" alt="the file">,
                <a href="./secret/cnryrawpage.md" class="x">again</a> and <a href="roles/lead/">the lead</a>.
                -- content/secret/_index.md --
                ---
                cascade: {audience: managers}
                ---
                -- content/secret/cnryrawpage.md --
                # Plan
                -- content/secret/cnryrawfile.pdf --
                %PDF
                -- content/roles/lead.md --
                # Lead
                """);
        BuildResult r = site.build();
        assertTrue(r.written(), TestSite.headlines(r).toString());
        assertEquals(List.of(
                "content/index.md: warning: link './secret/cnryrawpage.md' in raw HTML leads to content that is not in "
                        + "the 'everyone' edition; it is shown as plain text",
                "content/index.md: warning: link 'secret/cnryrawfile.pdf' in raw HTML leads to content that is not in "
                        + "the 'everyone' edition; it is shown as plain text",
                "content/index.md: warning: link 'secret/cnryrawpage/index.html' in raw HTML leads to content that is "
                        + "not in the 'everyone' edition; it is shown as plain text"), TestSite.headlines(r).stream().sorted().toList());
        assertEquals(List.of(), leaks(site.out(), List.of("cnryrawpage", "cnryrawfile")));
        String home = site.output("index.html");
        assertTrue(home.contains("the plan, the file,\nagain and <a href=\"roles/lead/\">the lead</a>."), home);
        assertTrue(!site.build(site.options().withStrict(true)).written(), "--strict makes them errors");

        Path managers = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(managers).withAudience("managers")).written());
        assertTrue(java.nio.file.Files.readString(managers.resolve("index.html"))
                .contains("<a href=\"secret/cnryrawpage/index.html\">the plan</a>"));
    }
}
