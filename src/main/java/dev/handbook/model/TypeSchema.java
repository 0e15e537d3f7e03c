package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page type ({@code role}, {@code runbook}, or one a handbook adds), read from
 * {@code types/NAME.yml} in the theme: its fields and how often its pages need a review.
 *
 * @param label       the singular name readers see ("Role")
 * @param plural      the plural ("Roles")
 * @param reviewEvery days after which a page of this type is overdue for review, if the type sets it
 */
public record TypeSchema(String name, String label, String plural, Optional<Integer> reviewEvery,
                         Map<String, FieldSpec> fields, SourcePos pos) {
    public TypeSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(reviewEvery, "reviewEvery");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Objects.requireNonNull(pos, "pos");
    }

    /** The schema of a type without declared fields (plain pages, sections, the home page). */
    public static TypeSchema untyped(String name) {
        String label = switch (name) {
            case "home" -> "Start page";
            case "section" -> "Section";
            default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
        String plural = name.equals("home") ? "Start page" : label + "s";
        return new TypeSchema(name, label, plural, Optional.empty(), Map.of(), SourcePos.file("(built-in)"));
    }
}
