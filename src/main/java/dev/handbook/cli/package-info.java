/**
 * The command line: one class per command, option parsing with picocli, printing of diagnostics,
 * progress and the summary line, and exit codes (0 ok, 1 content errors, 2 usage or internal
 * error). The only code that prints. Each command hands the work to one orchestrator:
 * {@code build} to {@link dev.handbook.pipeline.Pipeline}, {@code check} to
 * {@link dev.handbook.pipeline.CheckRun}, {@code new} to {@link dev.handbook.pipeline.Scaffolding},
 * {@code serve} to {@code serve}'s server over {@link dev.handbook.incremental.IncrementalBuild}.
 */
package dev.handbook.cli;
