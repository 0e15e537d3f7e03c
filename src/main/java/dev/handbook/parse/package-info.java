/**
 * Stage 2: one file's text to a {@link dev.handbook.parse.ParsedPage} (front matter as a
 * {@link dev.handbook.model.Value} tree, Markdown as an HTML fragment with link holes) or a
 * {@link dev.handbook.parse.ParsedData}. Looks at one file at a time, knows nothing about other
 * files, never touches the disk. The only package that uses Flexmark.
 */
package dev.handbook.parse;
