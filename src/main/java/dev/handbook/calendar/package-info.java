/**
 * Builds {@code rituals.ics} (RFC 5545) from the edition's rituals, read through their typed
 * {@link dev.handbook.model.Ritual} projections. No I/O.
 */
package dev.handbook.calendar;
