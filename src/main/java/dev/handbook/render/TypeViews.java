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
     * {@code layouts/role.peb}. Its responsibilities come from the responsibility matrix where there is
     * one: the activities it does or answers for, then those it is consulted on or informed of; what
     * the page itself lists is shown only where the matrix does not already say it.
     *
     * @param summary           what the role is for; "" when it says the same as the page's description
     * @param reportsTo         the role it reports to, or null
     * @param directReports     the roles that report to it
     * @param teamsLed          the teams it leads
     * @param measuresOfSuccess how we know someone in the role does well
     * @param duties            the matrix activities it is responsible or accountable for
     * @param responsibilities  responsibilities the page lists that no matrix activity it holds already says
     * @param consulted         the matrix activities it is consulted on
     * @param informed          the matrix activities it is kept informed of
     * @param skills            skills it draws on
     * @param matrixHref        link to the responsibility matrix, or null when there is none
     */
    public record RoleView(String summary, LinkView reportsTo, List<LinkView> directReports, List<LinkView> teamsLed,
                           List<String> measuresOfSuccess, List<Duty> duties, List<Responsibility> responsibilities,
                           List<MatrixEntry> consulted, List<MatrixEntry> informed, List<String> skills,
                           String matrixHref) implements Views.Details {
        /** The generated sections, in the order the layout shows them, for "on this page". */
        @Override
        public List<Views.TocItem> sections(dev.handbook.model.Messages words) {
            List<Views.TocItem> out = new java.util.ArrayList<>();
            if (!measuresOfSuccess.isEmpty()) out.add(new Views.TocItem("t-measures", words.text("role.measures"), 2));
            if (!duties.isEmpty() || !responsibilities.isEmpty() || !consulted.isEmpty() || !informed.isEmpty()) {
                out.add(new Views.TocItem("t-responsibilities", words.text("role.responsibilities"), 2));
            }
            if (!consulted.isEmpty() || !informed.isEmpty()) {
                out.add(new Views.TocItem("t-consulted", words.text("role.consulted_informed"), 3));
            }
            if (!skills.isEmpty()) out.add(new Views.TocItem("t-skills", words.text("role.skills"), 2));
            return out;
        }
    }

    /** A responsibility the role page lists, and the roles it is shared {@code with}. */
    public record Responsibility(String title, List<LinkView> with) {
    }

    /**
     * A matrix activity the role does or answers for.
     *
     * @param letter   R, A or A/R
     * @param css      the letter as a class name suffix ("a-r")
     * @param part     the letter in words ("Accountable and responsible")
     * @param with     the other roles that do it or answer for it, each with its letter
     * @param audience the row's audience, or null
     */
    public record Duty(String activity, String letter, String css, String part, List<Partner> with, String audience) {
    }

    /** Another role in a matrix activity, and its letter. */
    public record Partner(String title, String href, String letter) {
    }

    /** A matrix activity a role is consulted on or informed of, and the row's audience or null. */
    public record MatrixEntry(String activity, String audience) {
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
