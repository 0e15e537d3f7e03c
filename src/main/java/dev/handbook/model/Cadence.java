package dev.handbook.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a ritual happens, as written ("every 2 weeks") and as numbers: occurrences per week,
 * for the time a ritual costs, and an iCalendar recurrence rule.
 *
 * @param label   the cadence as readers see it
 * @param perWeek how many times it happens in an average week (daily is every working day: 5)
 * @param rrule   the RFC 5545 RRULE value
 * @param order   sort key: most frequent first
 */
public record Cadence(String label, double perWeek, String rrule, int order) {
    private static final Pattern EVERY_N_WEEKS = Pattern.compile("every\\s+(\\d+)\\s+weeks?");
    private static final Pattern EVERY_N_MONTHS = Pattern.compile("every\\s+(\\d+)\\s+months?");
    private static final Pattern EVERY_N = Pattern.compile("every (\\d+) (weeks|months)");

    /**
     * The cadence as the site's language says it, in lower case: {@code cadence.weekly}, or
     * {@code cadence.every_weeks} with {@code {n}} for "every 3 weeks".
     */
    public String label(Messages words) {
        Matcher m = EVERY_N.matcher(label);
        if (m.matches()) return words.format("cadence.every_" + m.group(2), java.util.Map.of("n", m.group(1)));
        return words.find("cadence." + label.replace(' ', '_')).orElse(label);
    }

    /** Reads a cadence; {@code sprintWeeks} is how long a sprint is in this handbook. */
    public static Optional<Cadence> parse(String text, int sprintWeeks) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (t) {
            case "daily", "every day", "every working day":
                return Optional.of(new Cadence("daily", 5, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 0));
            case "weekly", "every week":
                return Optional.of(new Cadence("weekly", 1, "FREQ=WEEKLY", 1));
            case "fortnightly":
                return Optional.of(weeks(2));
            case "per sprint", "every sprint":
                return Optional.of(new Cadence("per sprint", 1.0 / sprintWeeks,
                        "FREQ=WEEKLY;INTERVAL=" + sprintWeeks, 1 + sprintWeeks));
            case "monthly", "every month":
                return Optional.of(new Cadence("monthly", 12.0 / 52, "FREQ=MONTHLY", 10));
            case "quarterly", "every quarter":
                return Optional.of(new Cadence("quarterly", 4.0 / 52, "FREQ=MONTHLY;INTERVAL=3", 30));
            case "twice a year":
                return Optional.of(new Cadence("twice a year", 2.0 / 52, "FREQ=MONTHLY;INTERVAL=6", 60));
            case "yearly", "annually", "every year":
                return Optional.of(new Cadence("yearly", 1.0 / 52, "FREQ=YEARLY", 120));
            default:
                break;
        }
        Matcher w = EVERY_N_WEEKS.matcher(t);
        if (w.matches() && Integer.parseInt(w.group(1)) > 0) return Optional.of(weeks(Integer.parseInt(w.group(1))));
        Matcher m = EVERY_N_MONTHS.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            int n = Integer.parseInt(m.group(1));
            return Optional.of(new Cadence("every " + n + " months", 12.0 / 52 / n, "FREQ=MONTHLY;INTERVAL=" + n, 10 * n));
        }
        return Optional.empty();
    }

    private static Cadence weeks(int n) {
        return n == 1 ? new Cadence("weekly", 1, "FREQ=WEEKLY", 1)
                : new Cadence("every " + n + " weeks", 1.0 / n, "FREQ=WEEKLY;INTERVAL=" + n, 1 + n);
    }
}
