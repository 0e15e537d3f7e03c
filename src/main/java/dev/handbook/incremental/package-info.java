/**
 * The build {@code handbook serve} keeps in memory and brings up to date file by file.
 * {@link dev.handbook.incremental.IncrementalBuild} takes a set of {@link
 * dev.handbook.incremental.Changes} (files changed on disk), redoes only what they affect through
 * the same steps as {@link dev.handbook.pipeline.Pipeline} ({@code BuildSteps}, {@code SiteEmitter}),
 * and returns a {@link dev.handbook.incremental.Rebuild}; the site it holds ({@link
 * dev.handbook.incremental.SiteFiles}) is byte for byte what a clean build writes. Reads content
 * only through {@code source}, writes nothing to disk and never prints. Used by {@code serve}.
 */
package dev.handbook.incremental;
