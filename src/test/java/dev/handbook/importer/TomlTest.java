package dev.handbook.importer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The TOML Hugo writes, read into plain values; anything else is unreadable rather than guessed. */
class TomlTest {
    @Test
    void readsTheTomlHugoSitesWrite() {
        Map<String, Object> t = Toml.read("""
                title = "Ops \\"handbook\\""   # a comment
                weight = 10
                draft = false
                date = 2024-01-05T10:00:00-05:00
                tags = ["a", 'b',
                  "c"]
                params.team = "Platform"
                [menu.main]
                weight = 3
                [[resources]]
                src = "*.png"
                [[resources]]
                src = "*.jpg"
                """).orElseThrow();
        assertEquals("Ops \"handbook\"", t.get("title"));
        assertEquals(new Toml.Bare("10"), t.get("weight"));
        assertEquals(new Toml.Bare("2024-01-05T10:00:00-05:00"), t.get("date"));
        assertEquals(List.of("a", "b", "c"), t.get("tags"));
        assertEquals(Map.of("team", "Platform"), t.get("params"));
        assertEquals(Map.of("main", Map.of("weight", new Toml.Bare("3"))), t.get("menu"));
        assertEquals(List.of(Map.of("src", "*.png"), Map.of("src", "*.jpg")), t.get("resources"));
        assertEquals("title: \"Ops \\\"handbook\\\"\"\n", YamlText.block(Map.of("title", t.get("title"))));
    }

    @Test
    void whatItCannotReadIsEmptyNotAGuess() {
        assertEquals(Optional.empty(), Toml.read("title = unquoted words\n"));
        assertEquals(Optional.empty(), Toml.read("a = 1\na = 2\n"));
        assertEquals(Optional.empty(), Toml.read("[broken\n"));
    }

    @Test
    void reviewPeriodsBecomeDays() {
        assertEquals(Optional.of(180), FrontMatterConverter.days("6 months"));
        assertEquals(Optional.of(21), FrontMatterConverter.days("3 weeks"));
        assertEquals(Optional.of(365), FrontMatterConverter.days("1 year"));
        assertEquals(Optional.of(30), FrontMatterConverter.days("30"));
        assertEquals(Optional.empty(), FrontMatterConverter.days("whenever we remember"));
    }
}
