package dev.handbook.calendar;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Cadence;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.Ritual;
import dev.handbook.model.Slug;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code rituals.ics}: one recurring event per ritual of the edition, for people to import into
 * their calendar (RFC 5545: CRLF line ends, lines folded at 75 octets, text escaped). A ritual whose
 * page gives the date of one meeting starts there, with a rule that keeps its place in the week or
 * month; one that gives a weekday starts on that day of the build date's week; the others are spread
 * over the build date's week. Times are the page's, or 09:30 (daily) and 10:00, floating local times,
 * so the file is the same for every build of the same input and date. A ritual held only under a
 * condition is left out: its meetings are not on a fixed rhythm.
 */
public final class RitualCalendar implements SiteOutput {
    public static final String PATH = "rituals.ics";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY, DayOfWeek.MONDAY);

    /** Hands {@code out} the calendar, or nothing when the edition has no rituals. */
    @Override
    public List<Diagnostic> emit(ResolvedSite site, Consumer<OutputFile> out) {
        build(site).ifPresent(out);
        return List.of();
    }

    /** The calendar, or empty when the edition has no rituals. */
    public static Optional<OutputFile> build(ResolvedSite site) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Handbook//Rituals//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(site.messages().format("rituals.calendar_name",
                java.util.Map.of("title", site.config().title()))));
        LocalDate monday = site.today().with(DayOfWeek.MONDAY);
        String stamp = site.today().format(DateTimeFormatter.BASIC_ISO_DATE) + "T000000Z";
        String domain = Slug.of(site.config().title()) + ".handbook";
        int n = 0;
        int events = 0;
        for (Ritual ritual : site.projections().rituals()) {
            if (ritual.cadence().isEmpty() || ritual.duration().isEmpty() || !ritual.always()) continue;
            Page p = site.page(ritual.page());
            Cadence c = ritual.cadence().get();
            boolean spread = !c.rrule().contains("BYDAY") && ritual.schedule().weekday().isEmpty();
            Start start = start(ritual, monday, spread ? DAYS.get(n++ % DAYS.size()) : DayOfWeek.MONDAY);
            events++;
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + p.slug() + "@" + domain);
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + start.at().format(LOCAL));
            line(ics, "DURATION:" + duration(ritual.duration().get()));
            line(ics, "RRULE:" + start.rrule());
            line(ics, "SUMMARY:" + text(p.title()));
            line(ics, "DESCRIPTION:" + text(description(site, ritual)));
            line(ics, "CATEGORIES:" + text(c.label(site.messages())));
            line(ics, "TRANSP:" + (ritual.optional() ? "TRANSPARENT" : "OPAQUE"));
            site.config().baseUrl().ifPresent(base -> line(ics, "URL:" + base + p.url()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        if (events == 0) return Optional.empty();
        return Optional.of(new OutputFile(PATH, ics.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** When the series starts and how it repeats (see the class comment); {@code spread} is the day of the week without one. */
    private static Start start(Ritual ritual, LocalDate monday, DayOfWeek spread) {
        Cadence c = ritual.cadence().orElseThrow();
        Ritual.Schedule when = ritual.schedule();
        boolean daily = c.rrule().contains("BYDAY");
        LocalTime time = when.time().orElse(daily ? LocalTime.of(9, 30) : LocalTime.of(10, 0));
        if (daily) return new Start(monday.atTime(time), c.rrule());
        if (when.date().isPresent()) return new Start(when.date().get().atTime(time), c.rruleFrom(when.date().get()));
        return new Start(monday.with(when.weekday().orElse(spread)).atTime(time), c.rrule());
    }

    private record Start(java.time.LocalDateTime at, String rrule) {
    }

    private static String description(ResolvedSite site, Ritual ritual) {
        StringBuilder sb = new StringBuilder(ritual.purpose().orElse(""));
        ritual.facilitator().flatMap(TypedValue.Ref::page)
                .ifPresent(f -> sb.append('\n').append(site.messages().format("rituals.calendar_facilitator",
                        java.util.Map.of("role", site.page(f).title()))));
        return sb.toString();
    }

    /** ISO 8601 duration as RFC 5545 wants it: PT15M, PT1H30M. */
    static String duration(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        return "PT" + (h > 0 ? h + "H" : "") + (m > 0 || h == 0 ? m + "M" : "");
    }

    /** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
