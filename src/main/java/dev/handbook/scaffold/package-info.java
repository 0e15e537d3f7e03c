/**
 * {@code handbook new} and {@code handbook init}. {@code new} plans a page from its type's schema
 * (reading content to find the right folder and existing slugs) and writes that one file;
 * {@code init} writes a whole new handbook from the skeleton in this package's resources. Neither
 * ever overwrites a file.
 */
package dev.handbook.scaffold;
