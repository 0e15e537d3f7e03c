/**
 * Site output ({@link dev.handbook.resolve.SiteOutput}): {@link dev.handbook.calendar.RitualCalendar}
 * builds {@code rituals.ics} (RFC 5545) from the edition's rituals, read through their typed
 * {@link dev.handbook.model.Ritual} projections. No I/O.
 */
package dev.handbook.calendar;
