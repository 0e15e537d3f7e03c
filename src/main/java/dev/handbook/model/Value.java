package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML value as it was written, with the position of every node. Scalars stay text: the schema
 * of the field decides what "NO", "12:30" or "2024-01-05" mean, never YAML 1.1's implicit typing.
 */
public sealed interface Value {
    SourcePos pos();

    /** A scalar. {@code plain} is false for quoted scalars; {@code isNull} for {@code ~}, {@code null} or nothing. */
    record Scalar(String text, boolean plain, boolean isNull, SourcePos pos) implements Value {
        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(pos, "pos");
        }

        public static Scalar of(String text, SourcePos pos) {
            return new Scalar(text, false, false, pos);
        }
    }

    record Seq(List<Value> items, SourcePos pos) implements Value {
        public Seq {
            items = List.copyOf(items);
            Objects.requireNonNull(pos, "pos");
        }
    }

    /** A key of a mapping with where the key was written, so errors can point at the key. */
    record Entry(String key, SourcePos keyPos, Value value) {
    }

    /** A mapping; keys keep the order they were written in. */
    record Dict(Map<String, Entry> entries, SourcePos pos) implements Value {
        public Dict {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            Objects.requireNonNull(pos, "pos");
        }

        public static Dict empty(SourcePos pos) {
            return new Dict(Map.of(), pos);
        }

        public Optional<Value> get(String key) {
            Entry e = entries.get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /** Human name of the kind of node, for messages such as "expected a list, found a mapping". */
    default String kindName() {
        if (this instanceof Scalar s) return s.isNull() ? "nothing" : "a text value";
        if (this instanceof Seq) return "a list";
        return "a mapping";
    }
}
