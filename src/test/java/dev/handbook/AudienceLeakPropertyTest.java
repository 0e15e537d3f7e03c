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
 * all must reach the managers' edition. Blocks nest (issue 23.2) and their fences are spelt in
 * every way the parser understands (issue 23.7): what an hr block nested in a managers block holds
 * reaches neither the everyone nor the managers' edition. Every file is committed on its own with
 * its canaries in the commit's subject and author (issue 21.7).
 */
class AudienceLeakPropertyTest {
    @Property(tries = 15)
    void restrictedCanariesNeverReachTheWiderEdition(@ForAll long seed, @ForAll @IntRange(min = 3, max = 12) int pages)
            throws Exception {
        Random rnd = new Random(seed);
        List<String> canaries = new ArrayList<>();
        List<String> hrCanaries = new ArrayList<>();
        StringBuilder spec = new StringBuilder("""
                -- handbook.yml --
                audiences: [everyone, managers, hr]
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
            switch (rnd.nextInt(9)) {
                case 0 -> spec.append("-- content/").append(folder).append("/p").append(i).append(".md --\n---\ntitle: ")
                        .append(canary).append("\naudience: managers\ntags: [t").append(canary).append("]\n---\nText.\n");
                case 1 -> spec.append("-- content/").append(folder).append("/p").append(i)
                        .append(".md --\n# Page ").append(i).append("\n\n::: audience managers\n## H ").append(canary)
                        .append("\n\n").append(canary).append(" body\n:::\n\nVisible.\n");
                case 2 -> rows.add("  - activity: " + canary + "\n    audience: managers\n    responsible: [lead]\n"
                        + "    accountable: lead\n");
                case 3 -> spec.append("-- content/secret/").append(canary).append(".txt --\nfile\n");
                case 5 -> spec.append("-- content/open/r").append(i).append(".md --\n---\naudience: managers\n---\n")
                        .append("# R\n\n![chart](").append(canary).append(".png)\n-- content/open/").append(canary)
                        .append(".png --\nPNG\n"); // issue 23.8: a public folder's file only a restricted page uses
                case 4 -> {
                    String inner = "zh" + canary;
                    hrCanaries.add(inner);
                    spec.append("-- content/").append(folder).append("/p").append(i).append(".md --\n# Page ").append(i)
                            .append("\n\n").append(fence(rnd, "managers")).append("\nBefore.\n\n")
                            .append(fence(rnd, "hr")).append("\n").append(inner).append(" inner\n")
                            .append(close(rnd)).append("\n\n").append(canary).append(" after the inner block\n")
                            .append(close(rnd)).append("\n\nVisible.\n");
                }
                // issue 22.7: a restricted ritual on the week (day, time, per report), a restricted runbook step
                case 6 -> spec.append("-- content/").append(folder).append("/r").append(i).append(".md --\n---\ntype: ritual\n")
                        .append("title: ").append(canary).append("\naudience: managers\ncadence: ")
                        .append(rnd.nextBoolean() ? "weekly" : "every 2 weeks").append("\nduration: 30m\nday: ")
                        .append(rnd.nextBoolean() ? "thursday" : "2026-11-19").append("\ntime: \"1").append(rnd.nextInt(8))
                        .append(":15\"\nper: report\nattendees: [lead]\npurpose: P.\n---\n");
                case 7 -> spec.append("-- content/runbooks/b").append(i).append(".md --\n---\ntype: runbook\nservice: S\n")
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
        List<String> all = new ArrayList<>(canaries);
        all.addAll(hrCanaries);
        commitFileByFile(site, all);
        BuildResult wide = site.build();
        assertTrue(wide.written(), TestSite.headlines(wide).toString());
        assertEquals(List.of(), AudienceLeakTest.leaks(site.out(), all));
        Path narrow = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(narrow).withAudience("managers")).written());
        for (String c : canaries) {
            assertTrue(!AudienceLeakTest.leaks(narrow, List.of(c)).isEmpty(), c + " is in the managers' edition");
        }
        assertEquals(List.of(), AudienceLeakTest.leaks(narrow, hrCanaries));
    }

    /**
     * Issue 21.7: commits each file of the handbook on its own with a subject naming every canary it
     * holds, so the "Recently changed" page and its feed are tested with every restricted thing the
     * generator makes. A file restricted as a whole (in secret/, a page for managers, a file named
     * after a canary) is committed by an author named after its first canary too: such a commit
     * must not show at all. A public page with restricted parts keeps an ordinary author, since
     * the page shows who changed it last.
     */
    private static void commitFileByFile(TestSite site, List<String> canaries) throws java.io.IOException {
        GitRepo git = GitRepo.init(site.root());
        List<Path> files;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(site.root().resolve("content"))) {
            files = s.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
        int minute = 0;
        for (Path f : files) {
            String path = site.root().relativize(f).toString().replace('\\', '/');
            String text = path + "\n" + java.nio.file.Files.readString(f);
            List<String> held = canaries.stream().filter(text::contains).toList();
            git.git("add", path);
            boolean whole = path.startsWith("content/secret/") || f.getFileName().toString().startsWith("zq")
                    || text.contains("\n---\n") && text.contains("\naudience: managers\n");
            git.commitStaged(String.format("2026-01-01T00:%02d:00Z", minute++),
                    whole && !held.isEmpty() ? "by " + held.get(0) : "Ann", "edit " + path + " " + String.join(" ", held));
        }
    }

    /** An opening fence for {@code audience}, spelt one of the ways the parser understands. */
    private static String fence(Random rnd, String audience) {
        return switch (rnd.nextInt(5)) {
            case 0 -> "::: Audience " + audience;
            case 1 -> ":::: audience " + audience;
            case 2 -> "::: audience: " + audience;
            case 3 -> ":::audience " + audience;
            default -> "::: audience " + audience;
        };
    }

    private static String close(Random rnd) {
        return rnd.nextBoolean() ? ":::" : "::::";
    }
}
