package dev.handbook.render;

import dev.handbook.render.Views.LinkView;

import java.util.List;

/**
 * What the layout of each built-in page type receives as {@code page.details}, besides what every
 * page has ({@link Views.PageView}). Text the page does not set is "", a link it does not set (or
 * that names a page the edition leaves out) is null, and lists may be empty. Built by
 * {@link TypeDetails} from the page's typed record and its relations to other pages.
 */
public final class TypeViews {
    private TypeViews() {
    }

    /**
     * {@code layouts/role.peb}.
     *
     * @param summary           what the role is for
     * @param reportsTo         the role it reports to, or null
     * @param directReports     the roles that report to it
     * @param teamsLed          the teams it leads
     * @param measuresOfSuccess how we know someone in the role does well
     * @param responsibilities  what it is responsible for, and with whom
     * @param skills            skills it draws on
     * @param matrix            its rows in the responsibility matrix
     */
    public record RoleView(String summary, LinkView reportsTo, List<LinkView> directReports, List<LinkView> teamsLed,
                           List<String> measuresOfSuccess, List<Responsibility> responsibilities, List<String> skills,
                           List<MatrixEntry> matrix) implements Views.Details {
    }

    /** A responsibility of a role, and the roles it is shared {@code with}. */
    public record Responsibility(String title, List<LinkView> with) {
    }

    /** One matrix row as a role page lists it: the activity, the role's letter (R, A, C, I), and the row's audience or null. */
    public record MatrixEntry(String activity, String letter, String audience) {
    }

    /**
     * {@code layouts/team.peb}.
     *
     * @param mission     why the team exists
     * @param size        its size class: Small, Medium, Large or "Below four"
     * @param memberCount how many members the edition shows
     * @param leads       the roles that lead it
     * @param rituals     the rituals it runs
     * @param members     its members with their roles
     */
    public record TeamView(String mission, String size, int memberCount, List<LinkView> leads, List<LinkView> rituals,
                           List<Member> members) implements Views.Details {
    }

    /** A member of a team: a name and a role (null when the edition leaves the role out). */
    public record Member(String name, LinkView role) {
    }

    /**
     * {@code layouts/ritual.peb}.
     *
     * @param purpose     what it is for
     * @param cadence     how often, as written in lower case ("every 2 weeks")
     * @param optional    whether attending is optional
     * @param duration    how long ("1 h 30 min")
     * @param perWeek     time per attendee in an average week, or null without cadence or duration
     * @param facilitator the role that runs it, or null
     * @param attendees   the roles that attend; "Team" (without href) for the whole team
     * @param teams       the teams that run it
     * @param inputs      what to bring
     * @param outputs     what to leave with
     */
    public record RitualView(String purpose, String cadence, boolean optional, String duration, String perWeek,
                             LinkView facilitator, List<LinkView> attendees, List<LinkView> teams, List<String> inputs,
                             List<String> outputs) implements Views.Details {
    }

    /**
     * {@code layouts/process.peb}.
     *
     * @param owner            the role that owns the process, or null
     * @param steps            the steps, in order
     * @param definitionOfDone what must be true before the work counts as done
     */
    public record ProcessView(LinkView owner, List<String> steps, List<String> definitionOfDone)
            implements Views.Details {
    }

    /**
     * {@code layouts/runbook.peb}.
     *
     * @param trigger    the alert or symptom that starts it
     * @param severity   SEV1 to SEV4
     * @param service    the service it is for
     * @param owner      the role that owns it, or null
     * @param escalation who to escalate to, in order
     * @param lastTested when it was last rehearsed (YYYY-MM-DD), or null
     */
    public record RunbookView(String trigger, String severity, String service, LinkView owner, List<LinkView> escalation,
                              String lastTested) implements Views.Details {
    }
}
