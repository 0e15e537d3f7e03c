package dev.handbook.config;

import dev.handbook.diag.Staged;
import dev.handbook.model.Value;
import org.junit.jupiter.api.Test;

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
