package dev.handbook.model;

/**
 * The plain text of a page under one heading (or before the first, with an empty heading id), for
 * the search index: a match in it can link to that heading.
 */
public record TextBlock(String headingId, String heading, String text) {
}
