/**
 * {@code handbook new}: plans a new page from its type's schema (reading content to find the
 * right folder and existing slugs) and writes that one file; never overwrites one.
 */
package dev.handbook.scaffold;
