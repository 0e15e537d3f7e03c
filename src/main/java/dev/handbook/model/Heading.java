package dev.handbook.model;

import dev.handbook.diag.SourcePos;

/** A heading of a page: its level (1-6), its stable anchor id and its plain text. */
public record Heading(int level, String id, String text, SourcePos pos) {
}
