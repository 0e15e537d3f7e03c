/**
 * Stage 7: writes the site into a staging folder and swaps it into place. The only stage that
 * writes; it refuses output folders it did not create (judging them by their real paths), lets one
 * build at a time write an output folder, keeps or puts back the last complete site whenever a
 * build is killed, and never follows symbolic links.
 */
package dev.handbook.write;
