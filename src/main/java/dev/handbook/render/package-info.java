/**
 * Stage 5: the {@link dev.handbook.resolve.ResolvedSite} to HTML {@link dev.handbook.model.OutputFile}s through
 * the theme's Pebble templates. Builds {@link dev.handbook.render.Views} records and fills link holes.
 * Never writes to disk; reads only theme templates. The only package that uses Pebble.
 */
package dev.handbook.render;
