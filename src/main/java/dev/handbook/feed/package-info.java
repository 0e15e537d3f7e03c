/**
 * Site output ({@link dev.handbook.resolve.SiteOutput}): {@link dev.handbook.feed.RecentFeed}
 * makes {@code recent.xml}, the Atom feed of the "Recently changed" page. Input: the
 * {@link dev.handbook.resolve.ResolvedSite} of one edition, whose recent changes already hold only
 * what the edition may read. Output: one {@link dev.handbook.model.OutputFile}. Never touches the
 * disk and never reads the clock: the same site gives the same bytes.
 */
package dev.handbook.feed;
