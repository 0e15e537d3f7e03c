/**
 * The handbook model: records every stage shares ({@link dev.handbook.model.Page},
 * {@link dev.handbook.model.Body}, {@link dev.handbook.model.Value}, {@link dev.handbook.model.NavTree}),
 * and the typed projections of the built-in page types ({@link dev.handbook.model.Role},
 * {@link dev.handbook.model.Team}, {@link dev.handbook.model.Ritual}, {@link dev.handbook.model.Process},
 * {@link dev.handbook.model.Runbook}, gathered in {@link dev.handbook.model.Projections}), which the
 * resolver builds once from the schema-typed fields; and {@link dev.handbook.model.Json}, the one
 * writer of JSON strings. The JDK and {@link dev.handbook.diag.SourcePos} only, no I/O.
 */
package dev.handbook.model;
