/**
 * Stage 4: small {@link dev.handbook.validate.Validator} rules over the resolved site (reports_to
 * cycles, roles without a reporting line, team sizes, ritual days and times, role pages that
 * contradict the responsibility matrix), reading the built-in types through their typed projections. Pure: reads the
 * site, returns diagnostics.
 */
package dev.handbook.validate;
