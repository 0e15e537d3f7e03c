package dev.handbook;

import dev.handbook.pipeline.BuildResult;
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
            "cnryrefdef", "cnryfootnote", "cnrysection", "cnryritual", "cnrydesc");

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
            purpose: cnryfield purpose
            ---
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

    /** Every form of each canary's core word that might appear in any output file's name or bytes. */
    static List<String> leaks(Path out, List<String> canaries) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = out.relativize(p).toString().toLowerCase(Locale.ROOT);
                String body = Files.isRegularFile(p) ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                        .toLowerCase(Locale.ROOT) : "";
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
