/**
 * The handbook model: records every stage shares ({@link dev.handbook.model.Page},
 * {@link dev.handbook.model.Body}, {@link dev.handbook.model.Value}, {@link dev.handbook.model.NavTree}).
 * JDK only, no I/O.
 */
package dev.handbook.model;
