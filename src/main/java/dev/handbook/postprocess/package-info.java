/**
 * jsoup passes over rendered HTML: the raw-HTML sanitiser. Works on HTML strings only; never reads or
 * writes files.
 */
package dev.handbook.postprocess;
