/**
 * Connects the stages in order (source, parse, resolve, render, write) and runs the per-page
 * stages on a pool of worker threads. The only package that knows the order of the stages.
 * {@link dev.handbook.pipeline.IncrementalBuild} runs the same stages for {@code handbook serve},
 * keeping each stage's result in memory and redoing only what a change on disk affects; its output
 * is always byte for byte what {@link dev.handbook.pipeline.Pipeline#build} writes.
 */
package dev.handbook.pipeline;
