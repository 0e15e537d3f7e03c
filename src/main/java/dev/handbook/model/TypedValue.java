package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A front-matter value after its schema typed it and its references were resolved. Views and
 * generated pages read these, never raw YAML.
 */
public sealed interface TypedValue {
    SourcePos pos();

    record Text(String text, SourcePos pos) implements TypedValue {
    }

    record Int(int value, SourcePos pos) implements TypedValue {
    }

    record Bool(boolean value, SourcePos pos) implements TypedValue {
    }

    record Day(LocalDate date, SourcePos pos) implements TypedValue {
    }

    record Span(Duration duration, SourcePos pos) implements TypedValue {
    }

    record Every(Cadence cadence, SourcePos pos) implements TypedValue {
    }

    /**
     * A reference to another page: {@code page} is its index, or empty when the edition hides it
     * (the reference then shows as nothing). {@code literal} is set for accepted words such as {@code team}.
     */
    record Ref(String written, Optional<Integer> page, Optional<String> literal, SourcePos pos) implements TypedValue {
        public Ref {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(literal, "literal");
        }

        public boolean hidden() {
            return page.isEmpty() && literal.isEmpty();
        }
    }

    /** An {@code @handle} owner (a person or group in the code host, as in CODEOWNERS). */
    record Handle(String handle, SourcePos pos) implements TypedValue {
    }

    record Items(List<TypedValue> items, SourcePos pos) implements TypedValue {
        public Items {
            items = List.copyOf(items);
        }
    }

    record Obj(Map<String, TypedValue> fields, SourcePos pos) implements TypedValue {
        public Obj {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public Optional<TypedValue> get(String key) {
            return Optional.ofNullable(fields.get(key));
        }
    }
}
