/**
 * Stage 4: small {@link dev.handbook.validate.Validator} rules over the resolved site (reports_to
 * cycles, team sizes). Pure: reads the site, returns diagnostics.
 */
package dev.handbook.validate;
