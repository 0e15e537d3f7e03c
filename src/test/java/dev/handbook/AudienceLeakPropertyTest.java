package dev.handbook;

import dev.handbook.pipeline.BuildResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leak test over generated handbooks: restricted pages, sections, blocks, matrix rows and team
 * members at random places, each carrying a random canary; none may reach the everyone edition,
 * all must reach the managers' edition.
 */
class AudienceLeakPropertyTest {
    @Property(tries = 15)
    void restrictedCanariesNeverReachTheWiderEdition(@ForAll long seed, @ForAll @IntRange(min = 3, max = 12) int pages)
            throws Exception {
        Random rnd = new Random(seed);
        List<String> canaries = new ArrayList<>();
        StringBuilder spec = new StringBuilder("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/roles/lead.md --
                ---
                type: role
                summary: Leads.
                ---
                -- content/secret/_index.md --
                ---
                cascade: {audience: managers}
                ---
                """);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            String canary = "zq" + Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000L, 36) + "k" + i;
            canaries.add(canary);
            String folder = rnd.nextInt(4) == 0 ? "secret" : "open";
            switch (rnd.nextInt(7)) {
                case 0 -> spec.append("-- content/").append(folder).append("/p").append(i).append(".md --\n---\ntitle: ")
                        .append(canary).append("\naudience: managers\ntags: [t").append(canary).append("]\n---\nText.\n");
                case 1 -> spec.append("-- content/").append(folder).append("/p").append(i)
                        .append(".md --\n# Page ").append(i).append("\n\n::: audience managers\n## H ").append(canary)
                        .append("\n\n").append(canary).append(" body\n:::\n\nVisible.\n");
                case 2 -> rows.add("  - activity: " + canary + "\n    audience: managers\n    responsible: [lead]\n"
                        + "    accountable: lead\n");
                case 3 -> spec.append("-- content/secret/").append(canary).append(".txt --\nfile\n");
                // issue 22.7: a restricted ritual on the week (day, time, per report), a restricted runbook step
                case 4 -> spec.append("-- content/").append(folder).append("/r").append(i).append(".md --\n---\ntype: ritual\n")
                        .append("title: ").append(canary).append("\naudience: managers\ncadence: ")
                        .append(rnd.nextBoolean() ? "weekly" : "every 2 weeks").append("\nduration: 30m\nday: ")
                        .append(rnd.nextBoolean() ? "thursday" : "2026-11-19").append("\ntime: \"1").append(rnd.nextInt(8))
                        .append(":15\"\nper: report\nattendees: [lead]\npurpose: P.\n---\n");
                case 5 -> spec.append("-- content/runbooks/b").append(i).append(".md --\n---\ntype: runbook\nservice: S\n")
                        .append("severity: SEV3\ntrigger: T.\nowner: lead\n---\n1. Open step.\n\n::: audience managers\n1. ")
                        .append(canary).append(" step\n- [ ] ").append(canary).append(" item\n:::\n");
                default -> spec.append("-- content/teams/t").append(i).append(".md --\n---\ntype: team\nmission: M.\n")
                        .append("members:\n  - {name: A, role: lead}\n  - {name: B, role: lead}\n")
                        .append("  - {name: C, role: lead}\n  - {name: D, role: lead}\n")
                        .append("  - {name: ").append(canary).append(", role: lead, audience: managers}\n---\n");
            }
        }
        if (!rows.isEmpty()) {
            spec.append("-- content/responsibilities.yml --\nactivities:\n  - activity: Open\n    responsible: [lead]\n"
                    + "    accountable: lead\n");
            rows.forEach(spec::append);
        }
        TestSite site = TestSite.of(spec.toString());
        BuildResult wide = site.build();
        assertTrue(wide.written(), TestSite.headlines(wide).toString());
        assertEquals(List.of(), AudienceLeakTest.leaks(site.out(), canaries));
        Path narrow = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(narrow).withAudience("managers")).written());
        for (String c : canaries) {
            assertTrue(!AudienceLeakTest.leaks(narrow, List.of(c)).isEmpty(), c + " is in the managers' edition");
        }
    }
}
