/**
 * Connects the stages in order (source, parse, resolve, render, write) and runs the per-page
 * stages on a pool of worker threads. The only package that knows the order of the stages.
 */
package dev.handbook.pipeline;
