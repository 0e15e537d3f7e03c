package dev.handbook.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of type {@code ritual}, its fields as the ritual schema typed them. Built once by the
 * resolver, after the fields were checked; read by the rituals calendar, {@code rituals.ics} and the
 * ritual's own page.
 *
 * @param page        the page's index
 * @param cadence     how often it happens
 * @param duration    how long it takes
 * @param facilitator the role that runs it
 * @param attendees   the roles that attend; a reference with a literal ({@code team}) stands for the whole team
 * @param optional    whether attending is optional
 * @param purpose     what the ritual is for
 * @param inputs      what to bring
 * @param outputs     what to leave with
 * @param schedule    the day and time it is held, as far as the page says
 * @param perReport   whether it is held once per manager and direct report (a one-on-one)
 * @param onlyWhile   the condition it is held under ("a program spans several teams"), when it is not always held
 */
public record Ritual(int page, Optional<Cadence> cadence, Optional<Duration> duration,
                     Optional<TypedValue.Ref> facilitator, List<TypedValue.Ref> attendees, boolean optional,
                     Optional<String> purpose, List<String> inputs, List<String> outputs, Schedule schedule,
                     boolean perReport, Optional<String> onlyWhile) {
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.h]([0-5]\\d)");

    public Ritual {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(facilitator, "facilitator");
        attendees = List.copyOf(attendees);
        Objects.requireNonNull(purpose, "purpose");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(onlyWhile, "onlyWhile");
    }

    /** A ritual as the fields before issue 22 described it: no day, time, per-report count or condition. */
    public Ritual(int page, Optional<Cadence> cadence, Optional<Duration> duration, Optional<TypedValue.Ref> facilitator,
                  List<TypedValue.Ref> attendees, boolean optional, Optional<String> purpose, List<String> inputs,
                  List<String> outputs) {
        this(page, cadence, duration, facilitator, attendees, optional, purpose, inputs, outputs, Schedule.NONE, false,
                Optional.empty());
    }

    /** Whether it is always held, so it counts in a role's week and in rituals.ics. */
    public boolean always() {
        return onlyWhile.isEmpty();
    }

    /** Time per attendee in an average week: the duration times how often it happens, at least a minute. */
    public Optional<Duration> perWeek() {
        if (duration.isEmpty() || cadence.isEmpty()) return Optional.empty();
        long minutes = Math.round(duration.get().toMinutes() * cadence.get().perWeek());
        return Optional.of(Duration.ofMinutes(Math.max(1, minutes)));
    }

    /**
     * When a ritual is held: {@code day} written as a weekday ({@code thursday}) or as the date of one
     * meeting ({@code 2026-11-19}, which also fixes the weeks or months of a ritual held less often
     * than weekly), and {@code time}, when it starts.
     *
     * @param weekday the weekday, also when {@code day} was a date
     * @param date    the date of one meeting, when {@code day} was a date
     * @param time    when it starts
     */
    public record Schedule(Optional<DayOfWeek> weekday, Optional<LocalDate> date, Optional<LocalTime> time) {
        public static final Schedule NONE = new Schedule(Optional.empty(), Optional.empty(), Optional.empty());

        public Schedule {
            Objects.requireNonNull(weekday, "weekday");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
            if (date.isPresent()) weekday = Optional.of(date.get().getDayOfWeek());
        }

        /** A schedule from the {@code day} and {@code time} fields as written; a value that does not read is left out. */
        public static Schedule of(Optional<String> day, Optional<String> time) {
            Optional<LocalDate> date = day.flatMap(Ritual::date);
            return new Schedule(date.isPresent() ? Optional.empty() : day.flatMap(Ritual::weekday), date,
                    time.flatMap(Ritual::time));
        }
    }

    /** A working day written as its English name, in any case ("Thursday"); Saturday and Sunday are not. */
    public static Optional<DayOfWeek> weekday(String text) {
        try {
            DayOfWeek d = DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
            return d.getValue() <= 5 ? Optional.of(d) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A date written YYYY-MM-DD. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A time of day on a 24-hour clock: 09:45, 9:45, 14.30 or 14h30. */
    public static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
}
