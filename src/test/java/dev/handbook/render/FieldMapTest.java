package dev.handbook.render;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generic fields of a type a handbook adds: a read-only map whose equality includes its order (issue 25.1). */
class FieldMapTest {
    private static FieldMap of(Object... keysAndValues) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return new FieldMap(m);
    }

    @Test
    void equalOnlyWithTheSameEntriesInTheSameOrder() {
        assertEquals(of("a", "1", "b", null), of("a", "1", "b", null));
        assertEquals(of("a", "1", "b", null).hashCode(), of("a", "1", "b", null).hashCode());
        assertNotEquals(of("a", "1", "b", null), of("b", null, "a", "1"));
        assertNotEquals(of("a", "1"), of("a", "2"));
        assertNotEquals(of("a", "1"), of("a", "1", "b", "2"));
        assertNotEquals(of("x", of("a", 1, "b", 2)), of("x", of("b", 2, "a", 1)), "nested field maps too");
        assertNotEquals(of("x", List.of(of("a", 1, "b", 2))), of("x", List.of(of("b", 2, "a", 1))), "and inside lists");
    }

    @Test
    void readsLikeAMapAndPrintsLikeOne() {
        FieldMap m = of("objective", "Grow", "due", null, "tags", List.of("x"));
        assertEquals("Grow", m.get("objective"));
        assertNull(m.get("due"));
        assertTrue(m.containsKey("due"), "an absent field is there, null, so strict templates can test it");
        assertEquals(List.of("objective", "due", "tags"), List.copyOf(m.keySet()));
        assertEquals("{objective=Grow, due=null, tags=[x]}", m.toString(), "what {{ f.value }} prints for a mapping");
        assertThrows(UnsupportedOperationException.class, () -> m.put("x", "y"));
        assertTrue(FieldMap.EMPTY.isEmpty());
    }
}
