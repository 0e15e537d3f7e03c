/** Builds {@code sitemap.xml} from the resolved site. No I/O. */
package dev.handbook.sitemap;
