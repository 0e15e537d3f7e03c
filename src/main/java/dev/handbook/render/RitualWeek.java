package dev.handbook.render;

import dev.handbook.model.Cadence;
import dev.handbook.model.Messages;
import dev.handbook.model.Page;
import dev.handbook.model.Ritual;
import dev.handbook.render.OverviewViews.LessOften;
import dev.handbook.render.OverviewViews.WeekBlock;
import dev.handbook.render.OverviewViews.WeekDay;
import dev.handbook.resolve.ResolvedSite;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the rituals held every week on a Monday-to-Friday week, each on its day and at its time
 * where the page sets them, and lists the others with their next meeting counted from the day of
 * the build (never the clock, so a build is reproducible).
 */
final class RitualWeek {
    /** The week's timed part shows at most this many hours; a ritual starting later sits with the untimed ones. */
    static final int MAX_HOURS = 14;
    /** Rituals at the same time on one day sit side by side in at most this many lanes. */
    static final int MAX_LANES = 4;
    private static final int SLOT_MINUTES = 15;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<DayOfWeek> WORKING_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final ResolvedSite site;
    private final String root;
    private final Messages words;

    RitualWeek(ResolvedSite site, String root) {
        this.site = site;
        this.root = root;
        this.words = site.messages();
    }

    /** Whether the week shows every meeting of the ritual: it is held daily or weekly, always. */
    static boolean inWeek(Ritual r) {
        return r.always() && r.cadence().map(Cadence::everyWeek).orElse(false) && r.duration().isPresent();
    }

    OverviewViews.Week week(List<Ritual> rituals) {
        List<Ritual> weekly = rituals.stream().filter(RitualWeek::inWeek).toList();
        Optional<LocalTime> first = weekly.stream().flatMap(r -> r.schedule().time().stream()).min(Comparator.naturalOrder());
        LocalTime start = first.map(t -> t.withMinute(0)).orElse(LocalTime.of(9, 0));
        int hours = first.isEmpty() ? 0 : hours(weekly, start);
        List<List<WeekBlock>> anyTime = new ArrayList<>();
        List<List<Timed>> timed = new ArrayList<>();
        for (int d = 0; d < WORKING_DAYS.size(); d++) {
            anyTime.add(new ArrayList<>());
            timed.add(new ArrayList<>());
        }
        List<WeekBlock> anyDay = new ArrayList<>();
        for (Ritual r : weekly) {
            boolean daily = r.cadence().orElseThrow().perWeek() > 1;
            Optional<DayOfWeek> day = daily ? Optional.empty() : r.schedule().weekday();
            Optional<Integer> slot = r.schedule().time().map(t -> slot(start, t)).filter(s -> s < hours * 60 / SLOT_MINUTES);
            if (!daily && day.isEmpty()) {
                anyDay.add(block(r, 0, 0, 1));
                continue;
            }
            for (int d = 0; d < WORKING_DAYS.size(); d++) {
                if (!daily && day.get() != WORKING_DAYS.get(d)) continue;
                if (slot.isPresent()) timed.get(d).add(new Timed(r, slot.get(), span(r, slot.get(), hours)));
                else anyTime.get(d).add(block(r, 0, 0, 1));
            }
        }
        List<WeekDay> days = new ArrayList<>();
        for (int d = 0; d < WORKING_DAYS.size(); d++) days.add(day(WORKING_DAYS.get(d), anyTime.get(d), timed.get(d)));
        List<String> axis = new ArrayList<>();
        for (int h = 0; h < hours; h++) axis.add(start.plusHours(h).format(HOUR));
        boolean untimed = days.stream().anyMatch(d -> !d.anyTime().isEmpty());
        return new OverviewViews.Week(days, anyDay, axis, hours > 0, untimed);
    }

    /** Hours from {@code start} to the end of the last ritual, rounded up, at least one and at most {@link #MAX_HOURS}. */
    private static int hours(List<Ritual> weekly, LocalTime start) {
        int end = 0;
        for (Ritual r : weekly) {
            if (r.schedule().time().isEmpty()) continue;
            int from = (int) Duration.between(start, r.schedule().time().get()).toMinutes();
            end = Math.max(end, from + (int) r.duration().orElseThrow().toMinutes());
        }
        return Math.max(1, Math.min(MAX_HOURS, (end + 59) / 60));
    }

    private static int slot(LocalTime start, LocalTime at) {
        return (int) Duration.between(start, at).toMinutes() / SLOT_MINUTES;
    }

    /** Slots the ritual covers, at least one, cut at the end of the axis. */
    private static int span(Ritual r, int slot, int hours) {
        int slots = (int) ((r.duration().orElseThrow().toMinutes() + SLOT_MINUTES - 1) / SLOT_MINUTES);
        return Math.max(1, Math.min(slots, hours * 60 / SLOT_MINUTES - slot));
    }

    private record Timed(Ritual ritual, int slot, int span) {
    }

    /** Lays a day's timed rituals out in lanes: each takes the first lane free at its start. */
    private WeekDay day(DayOfWeek day, List<WeekBlock> anyTime, List<Timed> timed) {
        List<Timed> sorted = new ArrayList<>(timed);
        sorted.sort(Comparator.comparingInt(Timed::slot).thenComparingInt(t -> t.ritual().page()));
        List<Integer> laneEnds = new ArrayList<>();
        List<WeekBlock> blocks = new ArrayList<>();
        for (Timed t : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > t.slot()) lane++;
            if (lane == laneEnds.size()) laneEnds.add(0);
            laneEnds.set(lane, t.slot() + t.span());
            blocks.add(block(t.ritual(), t.slot() + 1, t.span(), Math.min(lane + 1, MAX_LANES)));
        }
        // The JDK's names for the site's language, not the machine's: "Monday"/"Mon", "Montag"/"Mo.", "lundi"/"lun.".
        String name = TypeDetails.capitalise(day.getDisplayName(TextStyle.FULL, words.locale()));
        String shortName = TypeDetails.capitalise(day.getDisplayName(TextStyle.SHORT, words.locale()));
        return new WeekDay(name, shortName, anyTime, blocks, Math.max(1, Math.min(MAX_LANES, laneEnds.size())));
    }

    private WeekBlock block(Ritual r, int row, int span, int lane) {
        Page p = site.page(r.page());
        Duration d = r.duration().orElseThrow();
        String time = r.schedule().time().map(t -> t.format(HOUR) + "\u2013" + t.plus(d).format(HOUR)).orElse("");
        return new WeekBlock(p.title(), Urls.href(root, p.outputPath()), time, Words.duration(words, d),
                TypeDetails.capitalise(r.cadence().orElseThrow().label(words)), r.optional(), row, span, lane,
                Links.audience(site, p));
    }

    /** The rituals the week does not show, most frequent first, those held only under a condition last. */
    List<LessOften> lessOften(List<Ritual> rituals) {
        List<Ritual> others = new ArrayList<>();
        for (Ritual r : rituals) if (!inWeek(r) && r.cadence().isPresent()) others.add(r);
        others.sort(Comparator.comparing((Ritual r) -> !r.always()).thenComparingInt(r -> r.cadence().get().order())
                .thenComparingInt(Ritual::page));
        List<LessOften> out = new ArrayList<>();
        for (Ritual r : others) {
            Page p = site.page(r.page());
            Optional<LocalDate> next = r.always() ? next(r) : Optional.empty();
            LocalDate today = site.today();
            out.add(new LessOften(p.title(), Urls.href(root, p.outputPath()),
                    TypeDetails.capitalise(r.cadence().get().label(words)),
                    r.duration().map(d -> Words.duration(words, d)).orElse(""), when(r),
                    next.map(n -> n.equals(today) ? words.format("schedule.today", Map.of("date", words.day(n)))
                            : words.day(n)).orElse(""),
                    next.map(LocalDate::toString).orElse(""), r.onlyWhile().orElse(""), r.optional(),
                    Links.audience(site, p)));
        }
        return out;
    }

    /**
     * The next meeting on or after the day of the build: counted from the date the page gives, or
     * the next of its weekday for a ritual held every week; unknown otherwise.
     */
    private Optional<LocalDate> next(Ritual r) {
        Cadence c = r.cadence().orElseThrow();
        LocalDate today = site.today();
        if (r.schedule().date().isPresent()) return Optional.of(c.nextOnOrAfter(r.schedule().date().get(), today));
        if (c.everyWeek() && r.schedule().weekday().isPresent()) {
            return Optional.of(today.with(TemporalAdjusters.nextOrSame(r.schedule().weekday().get())));
        }
        return Optional.empty();
    }

    /**
     * Its day and time as far as the page sets them, in the site's language: "Thursdays at 14:00" for a
     * week-based cadence, "the last Friday of the month at 16:00" or "the second Wednesday of April and
     * October" for a month-based one counted from a date, "at 14:00", or "".
     */
    private String when(Ritual r) {
        Cadence c = r.cadence().orElseThrow();
        String day = "";
        if (c.step().toTotalMonths() == 0) {
            day = r.schedule().weekday().map(d -> words.format("schedule.weekly", Map.of("weekday", name(d)))).orElse("");
        } else if (r.schedule().date().isPresent()) {
            LocalDate a = r.schedule().date().get();
            String nth = a.getDayOfMonth() + 7 > a.lengthOfMonth() ? "schedule.nth.last"
                    : List.of("schedule.nth.first", "schedule.nth.second", "schedule.nth.third", "schedule.nth.fourth")
                    .get((a.getDayOfMonth() - 1) / 7);
            int step = (int) c.step().toTotalMonths();
            Map<String, String> args = Map.of("nth", words.text(nth), "weekday", name(a.getDayOfWeek()),
                    "months", step == 1 ? "" : months(a, step));
            day = words.format(step == 1 ? "schedule.of_month" : "schedule.of_months", args);
        }
        String time = r.schedule().time().map(t -> words.format("schedule.at", Map.of("time", t.format(HOUR)))).orElse("");
        return (day + " " + time).strip();
    }

    /** The weekday's name as the language writes it inside a sentence: "Friday", "Freitag", "vendredi". */
    private String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, words.locale());
    }

    /** The months it falls in: "April and October". */
    private String months(LocalDate anchor, int step) {
        java.util.TreeSet<Integer> in = new java.util.TreeSet<>();
        for (int m = anchor.getMonthValue(); in.add((m - 1) % 12 + 1); m += step) {
            if (in.size() == 12) break;
        }
        List<String> names = in.stream().map(m -> java.time.Month.of(m).getDisplayName(TextStyle.FULL,
                words.locale())).toList();
        if (names.size() == 1) return names.get(0);
        return words.format("schedule.and", Map.of("list", String.join(", ", names.subList(0, names.size() - 1)),
                "last", names.get(names.size() - 1)));
    }
}
