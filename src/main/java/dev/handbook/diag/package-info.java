/**
 * Diagnostics shared by every stage: {@link dev.handbook.diag.SourcePos}, {@link dev.handbook.diag.Diagnostic},
 * {@link dev.handbook.diag.Staged} and {@link dev.handbook.diag.LineMap}. No I/O: printing lives in {@code cli}.
 */
package dev.handbook.diag;
