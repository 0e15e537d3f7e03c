/**
 * Stage 7: writes the site into a staging folder and swaps it into place. The only stage that
 * writes; it refuses output folders it did not create and never follows symbolic links.
 */
package dev.handbook.write;
