/**
 * Stage 3: parsed pages to the {@link dev.handbook.resolve.ResolvedSite} of one edition. Applies the
 * cascade and audiences, builds the section tree, types each page's front matter by its schema,
 * builds the typed projections of the built-in types ({@link dev.handbook.model.Projections}, the
 * only place their fields are read by name), and resolves links and backlinks. Also holds
 * {@link dev.handbook.resolve.SiteOutput}, the interface of every site-wide output (they all read
 * the resolved site). Never touches the disk; knows no library but the JDK.
 */
package dev.handbook.resolve;
