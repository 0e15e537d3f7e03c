/** Builds {@code rituals.ics} (RFC 5545) from the edition's ritual pages. No I/O. */
package dev.handbook.calendar;
