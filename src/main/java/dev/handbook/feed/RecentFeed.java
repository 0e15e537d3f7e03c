package dev.handbook.feed;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.OutputFile;
import dev.handbook.resolve.RecentChanges;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code recent.xml}: the edition's recent changes as an Atom 1.0 feed (RFC 4287), one entry per
 * commit, newest first, with the same subjects, authors and pages as the "Recently changed" page.
 *
 * <p>Atom wants absolute IRIs for ids, and readers resolve links against the feed's own address.
 * With {@code base_url} every link is absolute and the feed's id is its URL; without it, links are
 * relative to the feed (it sits at the site root, as the pages' folders do), and the ids are
 * {@code urn:uuid:} names made from the site's title, the edition and the commit, so they stay the
 * same from build to build. Dates are the commits' own; a feed with no entries is dated 1970-01-01,
 * since any later date would come from a commit the edition may not show.
 *
 * <pre>{@code
 * Optional<OutputFile> feed = RecentFeed.build(site);   // empty when the site has no recent page
 * }</pre>
 */
public final class RecentFeed implements SiteOutput {
    /** The feed, or empty when the site has no recent page. */
    public static Optional<OutputFile> build(ResolvedSite site) {
        return site.recent().map(r -> new OutputFile(RecentChanges.FEED,
                new AtomWriter(site, r).xml().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public List<Diagnostic> emit(ResolvedSite site, Consumer<OutputFile> out) {
        build(site).ifPresent(out);
        return List.of();
    }
}
