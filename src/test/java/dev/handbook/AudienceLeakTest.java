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
        assertTrue(week.contains("wk-restricted\"><a href=\"../../rituals/sync/index.html\">cnryweek sync &amp; &lt;Pay&gt;</a>"
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
}
