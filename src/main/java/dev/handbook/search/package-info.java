/**
 * The search index: from the edition's {@link dev.handbook.resolve.ResolvedSite} to the
 * {@code search-index/} files the theme's search box loads; {@link dev.handbook.search.SearchOutput}
 * is the site output a build lists, {@link dev.handbook.search.SearchIndex} the index serve keeps. Tokenising and stemming here must stay
 * identical to {@code themes/default/static/assets/search.js}; {@code SearchParityIT} checks both
 * against one word list. Reads nothing and writes nothing: it returns {@link dev.handbook.model.OutputFile}s.
 * Sees only what the edition contains, so restricted pages and blocks never reach a wider index.
 */
package dev.handbook.search;
