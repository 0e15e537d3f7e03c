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

    /**
     * {@code layouts/org-chart.peb}: the reporting lines as a tree drawn top-down.
     *
     * @param roots    the roles at the top of a tree: they report to no one, and someone reports to them
     * @param unplaced the roles in no tree: they report to no one, and no one reports to them
     */
    public record OrgChartView(List<OrgNode> roots, List<OrgNode> unplaced) implements Views.Details {
    }

    /**
     * A role in the org chart.
     *
     * @param teams    how many teams the role is part of, as a lead or a member
     * @param audience the audience the role's page is restricted to, or null
     * @param stacked  whether its reports are drawn in a column under it rather than side by side
     *                 (several roles that have no reports of their own), so a wide level stays narrow
     * @param reports  the roles that report to it
     */
    public record OrgNode(String title, String href, int teams, String audience, boolean stacked,
                          List<OrgNode> reports) {
    }

    /**
     * {@code layouts/responsibilities.peb}: the responsibility matrix.
     *
     * @param roles the columns, every role in reading order
     * @param rows  one per activity, a cell per role
     */
    public record MatrixView(List<MatrixRole> roles, List<MatrixRow> rows) implements Views.Details {
    }

    /** A column of the matrix; {@code key} (the role's slug) ties its cells together for the role filter. */
    public record MatrixRole(String title, String href, String key, String audience) {
    }

    /**
     * An activity.
     *
     * @param cells    one per role column
     * @param parts    who takes which part, for the list a phone shows: Accountable, Responsible, Consulted, Informed
     * @param audience the audience the row is restricted to, or null
     */
    public record MatrixRow(String activity, List<MatrixCell> cells, List<MatrixPart> parts, String audience) {
    }

    /**
     * A role's part in an activity.
     *
     * @param letter R, A, A/R, C, I or ""
     * @param css    the letter as a class name suffix ("a-r"), or ""
     * @param spoken what a screen reader says: "Engineering Manager: accountable and responsible", or "" for no part
     * @param key    the role's key, as in {@link MatrixRole}
     */
    public record MatrixCell(String letter, String css, String spoken, String key) {
    }

    /** The roles that take one part in an activity ("Consulted": Tech Lead, Designer). */
    public record MatrixPart(String label, String css, List<MatrixRole> roles) {
    }

    /**
     * {@code layouts/rituals.peb}: the rituals as a working week, the ones held less often beside it,
     * and what they cost each role.
     *
     * @param week      the rituals held every week, placed on the days and times they are held
     * @param lessOften the rituals held less often than weekly, or only under a condition, with their next meeting
     * @param load      the time each role spends in rituals in an average week
     * @param maxMinutes the largest time of {@code load}, so bars share a scale
     * @param today     the day of the build the next meetings are counted from (YYYY-MM-DD)
     * @param icsHref   link to {@code rituals.ics}
     */
    public record RitualsView(Week week, List<LessOften> lessOften, List<RoleLoad> load, int maxMinutes, String today,
                              String icsHref) implements Views.Details {
    }

    /**
     * Monday to Friday, with each weekly and daily ritual as a block as tall as it is long.
     *
     * @param days   Monday to Friday
     * @param anyDay weekly rituals with no day set, in a column of their own (empty: no column)
     * @param hours  the hours the time axis shows ("09:00"), one per hour from the earliest start
     * @param timed  whether any ritual has a time, so the days have a timed part
     * @param untimed whether any day has a ritual at no set time, so the days have a lane for those
     */
    public record Week(List<WeekDay> days, List<WeekBlock> anyDay, List<String> hours, boolean timed, boolean untimed) {
    }

    /**
     * A day of the week.
     *
     * @param anyTime rituals held that day at no set time
     * @param timed   rituals held that day at a set time, in order of start
     * @param lanes   how many side-by-side lanes its timed rituals need so that none overlap (1 to 4)
     */
    public record WeekDay(String name, String shortName, List<WeekBlock> anyTime, List<WeekBlock> timed, int lanes) {
    }

    /**
     * A ritual in the week.
     *
     * @param time     "09:45–10:00", or "" when no time is set
     * @param duration "15 min"
     * @param cadence  "Daily" or "Weekly"
     * @param row      the 15-minute slot it starts in, from 1 at the first hour of the axis (0 when untimed)
     * @param span     how many 15-minute slots it lasts, at least 1
     * @param lane     the lane it sits in, from 1
     * @param audience the audience the ritual is restricted to, or null
     */
    public record WeekBlock(String title, String href, String time, String duration, String cadence, boolean optional,
                            int row, int span, int lane, String audience) {
    }

    /**
     * A ritual held less often than every week, or only under a condition.
     *
     * @param cadence   "Every 2 weeks"
     * @param when      its day and time as far as set ("Thursdays at 14:00"), or ""
     * @param next      its next meeting from the day of the build ("Thursday 3 December 2026"), or "" when the
     *                  page gives no date to count from
     * @param nextIso   the same as YYYY-MM-DD, or ""
     * @param onlyWhile the condition it is held under, or "" when it is always held
     * @param audience  the audience the ritual is restricted to, or null
     */
    public record LessOften(String title, String href, String cadence, String duration, String when, String next,
                            String nextIso, String onlyWhile, boolean optional, String audience) {
    }

    /**
     * What rituals cost a role (or, where one-on-ones make it differ, a role in one team) in an average week.
     *
     * @param team     the team this row is for when the role's time differs between teams, or ""
     * @param perWeek  the time as readers see it ("4 h 45 min")
     * @param minutes  the same in minutes, for the bar
     * @param rituals  how many rituals it attends or runs
     * @param reports  the direct reports its per-report rituals are held with (0 when none)
     * @param audience the audience the role's page is restricted to, or null
     */
    public record RoleLoad(String title, String href, String team, String perWeek, int minutes, int rituals, int reports,
                           String audience) {
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
