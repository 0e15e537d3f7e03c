/**
 * The command line: one class per command, option parsing with picocli, printing of diagnostics,
 * progress and the summary line, and exit codes (0 ok, 1 content errors, 2 usage or internal
 * error). The only code that prints.
 */
package dev.handbook.cli;
