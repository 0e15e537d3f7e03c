package dev.handbook.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
 * @param step    the time from one meeting to the next (a day for daily, which means every working day)
 */
public record Cadence(String label, double perWeek, String rrule, int order, Period step) {
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
                return Optional.of(new Cadence("daily", 5, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 0, Period.ofDays(1)));
            case "weekly", "every week":
                return Optional.of(weeks(1));
            case "fortnightly":
                return Optional.of(weeks(2));
            case "per sprint", "every sprint":
                return Optional.of(new Cadence("per sprint", 1.0 / sprintWeeks,
                        "FREQ=WEEKLY;INTERVAL=" + sprintWeeks, 1 + sprintWeeks, Period.ofWeeks(sprintWeeks)));
            case "monthly", "every month":
                return Optional.of(new Cadence("monthly", 12.0 / 52, "FREQ=MONTHLY", 10, Period.ofMonths(1)));
            case "quarterly", "every quarter":
                return Optional.of(new Cadence("quarterly", 4.0 / 52, "FREQ=MONTHLY;INTERVAL=3", 30, Period.ofMonths(3)));
            case "twice a year":
                return Optional.of(new Cadence("twice a year", 2.0 / 52, "FREQ=MONTHLY;INTERVAL=6", 60, Period.ofMonths(6)));
            case "yearly", "annually", "every year":
                return Optional.of(new Cadence("yearly", 1.0 / 52, "FREQ=YEARLY", 120, Period.ofYears(1)));
            default:
                break;
        }
        Matcher w = EVERY_N_WEEKS.matcher(t);
        if (w.matches() && Integer.parseInt(w.group(1)) > 0) return Optional.of(weeks(Integer.parseInt(w.group(1))));
        Matcher m = EVERY_N_MONTHS.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            int n = Integer.parseInt(m.group(1));
            return Optional.of(new Cadence("every " + n + " months", 12.0 / 52 / n, "FREQ=MONTHLY;INTERVAL=" + n, 10 * n,
                    Period.ofMonths(n)));
        }
        return Optional.empty();
    }

    private static Cadence weeks(int n) {
        return n == 1 ? new Cadence("weekly", 1, "FREQ=WEEKLY", 1, Period.ofWeeks(1))
                : new Cadence("every " + n + " weeks", 1.0 / n, "FREQ=WEEKLY;INTERVAL=" + n, 1 + n, Period.ofWeeks(n));
    }

    /** Whether it happens every week (daily or weekly), so a week shows every meeting of it. */
    public boolean everyWeek() {
        return perWeek >= 1;
    }

    /**
     * The first meeting on or after {@code today} of the series that has a meeting on {@code anchor}:
     * a week-based cadence keeps the anchor's weekday and steps whole weeks; a month-based one keeps
     * its place in the month, such as the third Wednesday or the last Friday (see {@link #rruleFrom}),
     * so it never falls on a weekend.
     */
    public LocalDate nextOnOrAfter(LocalDate anchor, LocalDate today) {
        if (!anchor.isBefore(today)) return anchor;
        long months = step.toTotalMonths();
        if (months == 0) {
            long days = step.getDays();
            long behind = ChronoUnit.DAYS.between(anchor, today);
            return anchor.plusDays((behind + days - 1) / days * days);
        }
        long k = Math.max(0, ChronoUnit.MONTHS.between(anchor.withDayOfMonth(1), today.withDayOfMonth(1)) / months - 1);
        while (true) {
            LocalDate d = sameWeekdayOfMonth(anchor, anchor.withDayOfMonth(1).plusMonths(k * months));
            if (!d.isBefore(today)) return d;
            k++;
        }
    }

    /**
     * The RFC 5545 RRULE of the series through {@code anchor}: as {@link #rrule} for a week-based
     * cadence, and for a month-based one with the anchor's place in its month ({@code BYDAY=3WE},
     * {@code BYDAY=-1FR} for the last one), as {@link #nextOnOrAfter} counts.
     */
    public String rruleFrom(LocalDate anchor) {
        if (step.toTotalMonths() == 0) return rrule;
        String byDay = "BYDAY=" + (last(anchor) ? "-1" : String.valueOf(nth(anchor)))
                + anchor.getDayOfWeek().name().substring(0, 2);
        return step.toTotalMonths() % 12 == 0
                ? "FREQ=YEARLY" + (step.toTotalMonths() > 12 ? ";INTERVAL=" + step.toTotalMonths() / 12 : "")
                        + ";BYMONTH=" + anchor.getMonthValue() + ";" + byDay
                : "FREQ=MONTHLY;INTERVAL=" + step.toTotalMonths() + ";" + byDay;
    }

    /** In {@code month} (its first day), the day that is to it what {@code anchor} is to its own month. */
    private static LocalDate sameWeekdayOfMonth(LocalDate anchor, LocalDate month) {
        DayOfWeek day = anchor.getDayOfWeek();
        if (last(anchor)) return month.with(TemporalAdjusters.lastInMonth(day));
        return month.with(TemporalAdjusters.dayOfWeekInMonth(nth(anchor), day));
    }

    /** Which of its weekdays in the month the date is: 1 for the first Monday, and so on. */
    private static int nth(LocalDate d) {
        return (d.getDayOfMonth() - 1) / 7 + 1;
    }

    /** Whether the date is the last of its weekday in its month. */
    private static boolean last(LocalDate d) {
        return d.getDayOfMonth() + 7 > d.lengthOfMonth();
    }
}
