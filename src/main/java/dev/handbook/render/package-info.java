/**
 * Stage 5: the {@link dev.handbook.resolve.ResolvedSite} to HTML {@link dev.handbook.model.OutputFile}s through
 * the theme's Pebble templates. Builds the view records templates see ({@link dev.handbook.render.Views}
 * for every page; {@link dev.handbook.render.TypeViews} and {@link dev.handbook.render.OverviewViews}, made
 * from the typed projections, for the layouts of the built-in types and the generated overviews;
 * {@link dev.handbook.render.FieldMap} for the fields of types a handbook adds) and fills link holes.
 * Never writes to disk; reads only theme templates. The only package that uses Pebble.
 */
package dev.handbook.render;
