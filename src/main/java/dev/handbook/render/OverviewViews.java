package dev.handbook.render;

import dev.handbook.render.Views.LinkView;

import java.util.List;

/**
 * What the layout of each generated overview page (see {@code resolve.GeneratedPages}) receives as
 * {@code page.details}, besides what every page has. Built by {@link OverviewDetails}.
 *
 * <p>The two lists that grow with the whole handbook (page owners, needs review) are cut at
 * {@link #MAX_LISTED} so that each page stays a size a browser opens quickly, however many pages
 * there are; {@code handbook check --stale} lists every overdue page.
 */
public final class OverviewViews {
    /** The most pages one owner group, or the needs-review list, shows. */
    static final int MAX_LISTED = 500;

    private OverviewViews() {
    }

    /** {@code layouts/org-chart.peb}: the roles that report to no one, each with the tree of roles below it. */
    public record OrgChartView(List<OrgNode> roots) implements Views.Details {
    }

    /** A role in the org chart: its summary and the roles that report to it. */
    public record OrgNode(String title, String href, String summary, List<OrgNode> reports) {
    }

    /**
     * {@code layouts/responsibilities.peb}: the responsibility matrix.
     *
     * @param roles the columns, every role in reading order
     * @param rows  one per activity, a cell per role
     */
    public record MatrixView(List<LinkView> roles, List<MatrixRow> rows) implements Views.Details {
    }

    /** An activity: R, A, A/R, C, I or "" per role column, and the row's audience or null. */
    public record MatrixRow(String activity, List<String> cells, String audience) {
    }

    /**
     * {@code layouts/rituals.peb}: the rituals calendar.
     *
     * @param groups  rituals by cadence, most frequent first
     * @param load    the time each role spends in rituals per week
     * @param icsHref link to {@code rituals.ics}
     */
    public record RitualsView(List<CadenceGroup> groups, List<RoleLoad> load, String icsHref) implements Views.Details {
    }

    /** The rituals of one cadence ("Weekly"). */
    public record CadenceGroup(String cadence, List<RitualRow> rituals) {
    }

    /** A ritual in the calendar; {@code audience} is the audience it is restricted to, or null. */
    public record RitualRow(String title, String href, String duration, String perWeek, String facilitator,
                            String attendees, boolean optional, String audience) {
    }

    /** The rituals a role attends or facilitates, and their time per week ("team" counts for every team role). */
    public record RoleLoad(String title, String href, String perWeek, int rituals) {
    }

    /** {@code layouts/teams.peb}: every team in reading order. */
    public record TeamsView(List<TeamRow> teams) implements Views.Details {
    }

    /** A team at a glance; {@code size} as in {@link TypeViews.TeamView}. */
    public record TeamRow(String title, String href, String mission, String size, int memberCount,
                          List<TypeViews.Member> members, List<LinkView> leads) {
    }

    /** {@code layouts/runbooks.peb}: every runbook, grouped by severity and by service (each sorted by name). */
    public record RunbooksView(List<RunbookGroup> bySeverity, List<RunbookGroup> byService) implements Views.Details {
    }

    /** Runbooks of one severity or one service. */
    public record RunbookGroup(String label, List<RunbookRow> runbooks) {
    }

    /** A runbook in the index: owner or null, {@code lastTested} (YYYY-MM-DD) or null, and whether its review is overdue. */
    public record RunbookRow(String title, String href, String service, String severity, LinkView owner,
                             String lastTested, boolean stale) {
    }

    /**
     * {@code layouts/ownership.peb}: pages by owner, owners by name, "No owner" last; each group shows
     * at most {@link #MAX_LISTED} pages and counts the rest in its {@code more}.
     */
    public record OwnershipView(List<Views.Group> groups) implements Views.Details {
    }

    /**
     * {@code layouts/needs-review.peb}.
     *
     * @param pages   the pages whose review is overdue, longest overdue first, at most {@link #MAX_LISTED}
     * @param overdue how many pages are overdue in all
     */
    public record NeedsReviewView(List<ReviewRow> pages, int overdue) implements Views.Details {
    }

    /** An overdue page: when it was reviewed, when it was due, and its owner or null. */
    public record ReviewRow(String title, String href, String reviewed, String due, LinkView owner) {
    }

    /**
     * {@code layouts/recent.peb}: the edition's recent changes by day, newest first.
     *
     * @param count    how many changes the page lists in all
     * @param feedHref link to the Atom feed of the same changes ({@code recent.xml})
     */
    public record RecentView(List<RecentDay> days, int count, String feedHref) implements Views.Details {
    }

    /** The changes committed on one day (YYYY-MM-DD, UTC). */
    public record RecentDay(String date, List<RecentEntry> changes) {
    }

    /**
     * One commit: {@code id} is its element id, {@code datetime} the instant ({@code 2026-03-02T14:05:00Z})
     * and {@code time} the time of day in UTC (14:05); {@code subject} is null when the edition may
     * not show it (the layout says "Updated"); {@code removed} names pages the commit deleted, by
     * their former source path, in the edition of the whole handbook only.
     */
    public record RecentEntry(String id, String datetime, String time, String author, String subject,
                              List<LinkView> pages, List<String> removed) {
    }
}
