/**
 * {@code handbook import}: reads another generator's source tree (MkDocs, Jekyll, Hugo, Middleman
 * with GOV.UK tech docs, or a folder of Markdown on GitHub) and writes a new handbook from it. It
 * converts what it recognises, mechanically and counted by kind, and leaves everything else as it
 * was written, listing each such construct with its position for a person to decide. It never
 * writes into, renames or deletes anything of the source tree: it only reads it.
 */
package dev.handbook.importer;
