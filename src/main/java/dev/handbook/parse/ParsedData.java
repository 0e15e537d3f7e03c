package dev.handbook.parse;

import dev.handbook.model.Value;

/** A YAML data file under content/ ({@code responsibilities.yml}), read into a {@link Value} tree. */
public record ParsedData(String path, String displayPath, Value value) {
}
