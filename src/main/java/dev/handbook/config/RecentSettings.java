package dev.handbook.config;

/**
 * The {@code recent:} block of handbook.yml: what the "Recently changed" page and its feed list.
 *
 * @param commits       how many commits they list; 0 leaves both out
 * @param widerSubjects whether an edition narrower than the whole handbook may show a commit's
 *                      subject when everything the commit touched is in it whole; when false, every
 *                      commit of such an edition reads "Updated"
 */
public record RecentSettings(int commits, boolean widerSubjects) {
    /** Commits listed unless handbook.yml says otherwise. */
    public static final int COMMITS = 20;
    /** The most that may be listed: the page stays one a browser opens at once. */
    public static final int MAX_COMMITS = 500;

    public RecentSettings {
        if (commits < 0 || commits > MAX_COMMITS) throw new IllegalArgumentException("commits");
    }

    public static RecentSettings standard() {
        return new RecentSettings(COMMITS, true);
    }
}
