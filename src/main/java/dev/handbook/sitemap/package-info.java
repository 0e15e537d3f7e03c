/**
 * Site output ({@link dev.handbook.resolve.SiteOutput}): {@code sitemap.xml} from the resolved site,
 * by {@link dev.handbook.sitemap.SitemapBuilder}. No I/O.
 */
package dev.handbook.sitemap;
