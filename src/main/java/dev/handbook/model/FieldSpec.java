package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a page type, as its schema file declares it.
 *
 * @param kind     what values the field takes
 * @param required whether every page of the type must set it
 * @param of       for {@code list}: the kind of each item
 * @param fields   for {@code object}: its fields
 * @param to       for {@code ref}: the page types it may name
 * @param literals for {@code ref}: words accepted besides page slugs (e.g. {@code team} among attendees)
 * @param values   for {@code enum}: the allowed values
 * @param fallback the value a page gets when it does not set the field
 */
public record FieldSpec(String name, Kind kind, boolean required, Optional<FieldSpec> of, Map<String, FieldSpec> fields,
                        List<String> to, List<String> literals, List<String> values, Optional<Value> fallback,
                        String description, SourcePos pos) {
    /** The kinds of values a field can hold. */
    public enum Kind {
        TEXT, INTEGER, BOOLEAN, DATE, DURATION, CADENCE, ENUM, REF, OWNER, LIST, OBJECT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(of, "of");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        to = List.copyOf(to);
        literals = List.copyOf(literals);
        values = List.copyOf(values);
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(pos, "pos");
    }

    /** A plain field of a simple kind, for built-in fields that every page has. */
    public static FieldSpec simple(String name, Kind kind) {
        return new FieldSpec(name, kind, false, Optional.empty(), Map.of(), List.of(), List.of(), List.of(),
                Optional.empty(), "", SourcePos.file("(built-in)"));
    }

    /** How the kind is written in messages: "a list of role references", "a duration". */
    public String describe() {
        return switch (kind) {
            case TEXT -> "text";
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
            case DATE -> "a date written YYYY-MM-DD";
            case DURATION -> "a duration such as 15m, 1h or 1h30m";
            case CADENCE -> "a cadence such as daily, weekly, every 2 weeks, monthly, quarterly or per sprint";
            case ENUM -> "one of " + String.join(", ", values);
            case REF -> "the slug of a " + String.join(" or ", to) + (literals.isEmpty() ? "" : " page, or "
                    + String.join(", ", literals));
            case OWNER -> "a role, a team or an @handle";
            case LIST -> of.map(item -> item.kind == Kind.REF && item.literals.isEmpty()
                    ? "a list of " + String.join(" or ", item.to) + " slugs"
                    : "a list of " + item.describe()).orElse("a list");
            case OBJECT -> "a mapping with " + String.join(", ", fields.keySet());
        };
    }
}
