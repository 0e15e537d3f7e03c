/**
 * Stage 1: the content tree on disk to a {@link dev.handbook.source.SourceTree}, and the text of
 * each file. The only stage that reads content; it never follows symbolic links and never writes.
 */
package dev.handbook.source;
