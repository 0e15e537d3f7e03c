/**
 * Connects the stages in order (source, parse, resolve, validate, render, site outputs, write) and
 * runs the per-page stages on a pool of worker threads. The only package that knows the order of
 * the stages. {@link dev.handbook.pipeline.Pipeline} is the clean build; the steps it shares with
 * {@code handbook serve}'s incremental build ({@link dev.handbook.pipeline.BuildSteps},
 * {@link dev.handbook.pipeline.SiteEmitter}, {@link dev.handbook.pipeline.Redaction}) are public so
 * that {@code dev.handbook.incremental} takes exactly the same steps. Input: {@link
 * dev.handbook.pipeline.BuildOptions}; output: {@link dev.handbook.pipeline.BuildResult}. Never
 * prints, and writes only through {@code write}.
 */
package dev.handbook.pipeline;
