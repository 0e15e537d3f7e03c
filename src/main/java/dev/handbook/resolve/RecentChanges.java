package dev.handbook.resolve;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the edition's "Recently changed" page and its feed list: the newest commits that changed
 * pages the edition shows, newest first, at most {@code recent.commits} of handbook.yml. Holds
 * nothing the edition may not read (see {@link RecentCommits} for the rules).
 *
 * @param page    the index of the generated page that lists them
 * @param changes newest first
 */
public record RecentChanges(int page, List<Change> changes) {
    /** The Atom feed of the changes, by its path in the site. */
    public static final String FEED = "recent.xml";

    public RecentChanges {
        changes = List.copyOf(changes);
    }

    /**
     * One commit as this edition may show it.
     *
     * @param commit    the full commit hash
     * @param committed when it was committed, with the committer's offset
     * @param author    the author's name
     * @param subject   the commit's subject; empty when the commit also changed something this
     *                  edition leaves out (then it is shown as a neutral "Updated"), or has none
     * @param pages     the pages it changed that the edition shows, in reading order
     * @param removed   pages it deleted or renamed away, by their former path under content/;
     *                  only ever listed in the edition of the whole handbook
     */
    public record Change(String commit, OffsetDateTime committed, String author, Optional<String> subject,
                         List<Integer> pages, List<String> removed) {
        public Change {
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(committed, "committed");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(subject, "subject");
            pages = List.copyOf(pages);
            removed = List.copyOf(removed);
        }

        /** The id of the change's entry on the page ({@code c-0a071307bb92}), which the feed links to. */
        public String anchor() {
            return "c-" + commit.substring(0, Math.min(12, commit.length()));
        }
    }
}
