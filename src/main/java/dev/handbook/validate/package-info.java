/**
 * Stage 4: small {@link dev.handbook.validate.Validator} rules over the resolved site (reports_to
 * cycles, team sizes), reading the built-in types through their typed projections. Pure: reads the
 * site, returns diagnostics.
 */
package dev.handbook.validate;
