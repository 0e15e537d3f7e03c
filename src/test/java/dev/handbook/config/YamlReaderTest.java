package dev.handbook.config;

import dev.handbook.diag.Staged;
import dev.handbook.model.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {
    @Test
    void scalarsStayTextWhateverYaml11WouldMakeOfThem() {
        Value.Dict d = dict("answer: NO\ntime: 12:30\nzip: 012345\nday: 2024-01-05\n");
        assertEquals("NO", text(d, "answer"));
        assertEquals("12:30", text(d, "time"));
        assertEquals("012345", text(d, "zip"));
        assertEquals("2024-01-05", text(d, "day"));
    }

    @Test
    void positionsAreLinesOfTheFileNotOfTheBlock() {
        Value.Dict d = (Value.Dict) YamlReader.read("content/a.md", "title: A\nowner: bob\n", 2).value().orElseThrow();
        assertEquals("content/a.md:3:1", d.entry("owner").orElseThrow().keyPos().toString());
        assertEquals("content/a.md:3:8", d.get("owner").orElseThrow().pos().toString());
    }

    @Test
    void duplicateKeyIsAnErrorNamingBothLines() {
        Staged<Optional<Value>> r = YamlReader.read("content/a.md", "title: A\nowner: x\ntitle: B\n", 2);
        assertEquals("content/a.md:4:1: error: duplicate key 'title' (first defined at line 2)",
                r.diagnostics().get(0).headline());
    }

    @Test
    void syntaxErrorPointsAtTheProblem() {
        Staged<Optional<Value>> r = YamlReader.read("content/a.md", "title: A\ntags: [a, b\n", 2);
        assertTrue(r.hasErrors());
        assertTrue(r.value().isEmpty());
        assertTrue(r.diagnostics().get(0).headline().startsWith("content/a.md:4:1: error: invalid YAML"),
                r.diagnostics().get(0).headline());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 60; i++) {
            y.append("b").append(i).append(": &b").append(i).append(" [*").append(i == 1 ? "a" : "b" + (i - 1))
                    .append(", *").append(i == 1 ? "a" : "b" + (i - 1)).append("]\n");
        }
        Staged<Optional<Value>> r = YamlReader.read("content/a.md", y.toString(), 2);
        assertTrue(r.hasErrors());
        assertTrue(r.diagnostics().get(0).headline().startsWith("content/a.md:2: error: invalid YAML"),
                r.diagnostics().get(0).headline());
    }

    // issue 23.4: the collection limit let 600,000 aliases of one 200 KB scalar through (2.6 MB of
    // YAML, 120 GB once expanded); every alias counts now
    @Test
    void scalarAliasBombIsRefused() {
        StringBuilder y = new StringBuilder("tags: [&a \"").append("x".repeat(200_000)).append('"');
        for (int i = 0; i < 600_000; i++) y.append(", *a");
        y.append("]\n");
        Staged<Optional<Value>> r = YamlReader.read("content/a.md", y.toString(), 2);
        assertEquals(List.of("content/a.md:2:8: error: invalid YAML: more than 50 aliases (*name)"),
                r.diagnostics().stream().map(d -> d.headline()).toList());
        assertTrue(r.value().isEmpty());
    }

    // issue 23.4: within the alias count, a document may still not expand to more than ten times its size
    @Test
    void aliasesMayNotExpandADocumentTenfold() {
        String big = "m".repeat(100_000);
        String yaml = "a: &big " + big + "\nb: [" + "*big, ".repeat(20) + "x]\n";
        Staged<Optional<Value>> r = YamlReader.read("x.yml", yaml, 1);
        assertEquals(List.of("x.yml:1:4: error: invalid YAML: aliases expand this block to more than "
                        + 10 * yaml.length() + " characters (10 times its size)"),
                r.diagnostics().stream().map(d -> d.headline()).toList());
        Staged<Optional<Value>> fine = YamlReader.read("x.yml", "defaults: &d {owner: lead, team: core}\n"
                + "a: *d\nb: *d\nc: [*d, *d]\n", 1);
        assertEquals(List.of(), fine.diagnostics());
    }

    @Test
    void globalTagsAreRefusedNotConstructed() {
        Staged<Optional<Value>> r = YamlReader.read("x.yml", "a: !!javax.script.ScriptEngineManager [1]\n", 1);
        assertEquals("x.yml:1:4: error: invalid YAML: Global tag is not allowed: "
                + "tag:yaml.org,2002:javax.script.ScriptEngineManager", r.diagnostics().get(0).headline());
        assertTrue(r.value().isEmpty());
    }

    private static Value.Dict dict(String yaml) {
        return (Value.Dict) YamlReader.read("t.yml", yaml, 1).value().orElseThrow();
    }

    private static String text(Value.Dict d, String key) {
        return ((Value.Scalar) d.get(key).orElseThrow()).text();
    }
}
