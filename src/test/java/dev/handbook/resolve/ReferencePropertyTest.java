package dev.handbook.resolve;

import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Randomly generated valid handbooks build without errors; deleting a referenced page then gives
 * exactly one error per reference to it, each at the reference's position (issue 3).
 */
class ReferencePropertyTest {
    /** A generated handbook: its files, and every reference to each role as file:line:col. */
    record Handbook(List<String[]> files, List<List<String>> refsToRole, int roles) {
    }

    @Provide
    Arbitrary<Handbook> handbooks() {
        return Combinators.combine(Arbitraries.integers().between(2, 6), Arbitraries.integers().between(0, 4),
                Arbitraries.longs()).as(ReferencePropertyTest::generate);
    }

    static Handbook generate(int roles, int rituals, long seed) {
        Random rnd = new Random(seed);
        List<String[]> files = new ArrayList<>();
        List<List<String>> refs = new ArrayList<>();
        for (int i = 0; i < roles; i++) refs.add(new ArrayList<>());
        files.add(new String[]{"content/roles/_index.md", "---\ncascade: {type: role}\n---\n"});
        for (int i = 0; i < roles; i++) {
            String file = "content/roles/role-" + i + ".md";
            StringBuilder text = new StringBuilder("---\nsummary: Role " + i + ".\n");
            int line = 3;
            if (i > 0 && rnd.nextBoolean()) {
                int boss = rnd.nextInt(i); // only earlier roles: reports_to stays acyclic
                text.append("reports_to: role-").append(boss).append('\n');
                refs.get(boss).add(file + ":" + line + ":13");
                line++;
            }
            text.append("---\n");
            line++;
            for (int k = rnd.nextInt(3); k > 0; k--) {
                int target = rnd.nextInt(roles);
                if (target == i) continue;
                if (rnd.nextBoolean()) {
                    text.append("Works with [[role:role-").append(target).append("]].\n\n");
                    refs.get(target).add(file + ":" + line + ":19");
                } else {
                    text.append("See [role ").append(target).append("](role-").append(target).append(".md).\n\n");
                    refs.get(target).add(file + ":" + line + ":" + (13 + String.valueOf(target).length()));
                }
                line += 2;
            }
            files.add(new String[]{file, text.toString()});
        }
        for (int r = 0; r < rituals; r++) {
            String file = "content/rituals/ritual-" + r + ".md";
            int facilitator = rnd.nextInt(roles);
            String text = "---\ntype: ritual\ncadence: weekly\nduration: 30m\npurpose: Meet.\nfacilitator: role-"
                    + facilitator + "\n---\n";
            refs.get(facilitator).add(file + ":6:14");
            files.add(new String[]{file, text});
        }
        return new Handbook(files, refs, roles);
    }

    @Property(tries = 25)
    void deletingAPageGivesOneErrorPerInboundReference(@ForAll("handbooks") Handbook h, @ForAll Random random)
            throws Exception {
        TestSite site = TestSite.of("");
        for (String[] f : h.files()) site.file(f[0], f[1]);
        BuildResult valid = site.check();
        assertEquals(List.of(), errors(valid), "a generated valid handbook has no errors");

        int victim = random.nextInt(h.roles());
        Files.delete(site.root().resolve("content/roles/role-" + victim + ".md"));
        BuildResult broken = site.check();
        List<String> positions = new ArrayList<>();
        for (Diagnostic d : broken.diagnostics()) if (d.isError()) positions.add(d.pos().toString());
        assertEquals(new TreeSet<>(h.refsToRole().get(victim)).stream().toList(), positions.stream().sorted().toList(),
                "one error per reference to role-" + victim + ": " + errors(broken));
    }

    private static List<String> errors(BuildResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList();
    }
}
