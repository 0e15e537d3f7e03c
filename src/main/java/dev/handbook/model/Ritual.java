package dev.handbook.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 */
public record Ritual(int page, Optional<Cadence> cadence, Optional<Duration> duration,
                     Optional<TypedValue.Ref> facilitator, List<TypedValue.Ref> attendees, boolean optional,
                     Optional<String> purpose, List<String> inputs, List<String> outputs) {
    public Ritual {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(facilitator, "facilitator");
        attendees = List.copyOf(attendees);
        Objects.requireNonNull(purpose, "purpose");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** Time per attendee in an average week: the duration times how often it happens, at least a minute. */
    public Optional<Duration> perWeek() {
        if (duration.isEmpty() || cadence.isEmpty()) return Optional.empty();
        long minutes = Math.round(duration.get().toMinutes() * cadence.get().perWeek());
        return Optional.of(Duration.ofMinutes(Math.max(1, minutes)));
    }
}
