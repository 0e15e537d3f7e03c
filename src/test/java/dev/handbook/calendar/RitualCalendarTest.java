package dev.handbook.calendar;

import dev.handbook.TestSite;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RitualCalendarTest {
    private static final String SITE = """
            -- content/roles/lead.md --
            ---
            type: role
            summary: Leads.
            ---
            -- content/rituals/plan.md --
            ---
            type: ritual
            title: "Plan, build; ship \\\\ repeat"
            cadence: per sprint
            duration: 1h30m
            facilitator: lead
            purpose: A very long purpose that goes on and on so that the description line is much longer than seventy-five octets, with ünïcödé too.
            ---
            -- content/rituals/stand-up.md --
            ---
            type: ritual
            cadence: daily
            duration: 15m
            optional: true
            purpose: Coordinate.
            ---
            """;

    @Test
    void calendarIsValidIcalendarWithOneRecurringEventPerRitual() throws Exception {
        TestSite site = TestSite.of(SITE);
        assertTrue(site.build(site.options().withToday(LocalDate.of(2026, 11, 25))).written());
        String ics = site.output("rituals.ics");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertTrue(!ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent plan = events.stream().filter(e -> e.getUid().orElseThrow().getValue().startsWith("plan@")).findFirst()
                .orElseThrow();
        assertEquals("Plan, build; ship \\ repeat", plan.getSummary().orElseThrow().getValue());
        assertEquals("FREQ=WEEKLY;INTERVAL=2", plan.getProperty("RRULE").orElseThrow().getValue());
        assertEquals("PT1H30M", plan.getProperty("DURATION").orElseThrow().getValue());
        assertTrue(plan.getDescription().orElseThrow().getValue().contains("ünïcödé too.\nFacilitator: Lead"),
                plan.getDescription().orElseThrow().getValue());
        VEvent standUp = events.stream().filter(e -> e.getUid().orElseThrow().getValue().startsWith("stand-up@"))
                .findFirst().orElseThrow();
        assertEquals("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", standUp.getProperty("RRULE").orElseThrow().getValue());
        assertEquals("20261123T093000", standUp.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("TRANSPARENT", standUp.getProperty("TRANSP").orElseThrow().getValue());
    }

    @Test
    void restrictedRitualsStayOutOfTheWiderCalendar() {
        TestSite site = TestSite.of(SITE + """
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/rituals/pay-review.md --
                ---
                type: ritual
                audience: managers
                cadence: yearly
                duration: 2h
                purpose: Compensation.
                ---
                """);
        assertTrue(site.build().written());
        assertTrue(!site.output("rituals.ics").contains("pay-review"));
        assertTrue(site.build(site.options().withAudience("managers")).written());
        assertTrue(site.output("rituals.ics").contains("UID:pay-review@"));
    }

    /**
     * Issue 22.2: a ritual's day and time place it in rituals.ics, and the "next meeting" the rituals
     * page shows is the one an independent calendar library computes from the file.
     */
    @Test
    void theNextMeetingOnTheRitualsPageIsTheCalendarsOwn() throws Exception {
        TestSite site = TestSite.of("""
                -- content/rituals/coffee.md --
                ---
                type: ritual
                cadence: monthly
                duration: 1h
                day: 2026-11-27
                time: "16:00"
                purpose: Talk.
                ---
                -- content/rituals/review.md --
                ---
                type: ritual
                cadence: quarterly
                duration: 1h
                day: 2026-10-14
                purpose: Review.
                ---
                -- content/rituals/pay.md --
                ---
                type: ritual
                cadence: yearly
                duration: 2h
                day: 2025-02-24
                time: "9:00"
                purpose: Pay.
                ---
                -- content/rituals/sync.md --
                ---
                type: ritual
                cadence: every 3 weeks
                duration: 30m
                day: 2026-11-05
                time: "14:30"
                purpose: Sync.
                ---
                -- content/rituals/check-in.md --
                ---
                type: ritual
                cadence: weekly
                duration: 30m
                day: tuesday
                time: "10:30"
                purpose: Check.
                ---
                -- content/rituals/program.md --
                ---
                type: ritual
                cadence: every 2 weeks
                duration: 45m
                only_while: a program runs
                purpose: Coordinate.
                ---
                """);
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertTrue(site.build(site.options().withToday(today)).written());
        Calendar calendar = new CalendarBuilder().build(new StringReader(site.output("rituals.ics")));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(List.of("check-in", "coffee", "pay", "review", "sync"), events.stream()
                .map(e -> e.getUid().orElseThrow().getValue().replaceAll("@.*", "")).toList(), "no event for program");
        VEvent checkIn = events.get(0);
        assertEquals("20261124T103000", checkIn.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("FREQ=WEEKLY", checkIn.getProperty("RRULE").orElseThrow().getValue());
        String page = site.output("overview/rituals/index.html");
        for (VEvent e : events.subList(1, 5)) {
            String slug = e.getUid().orElseThrow().getValue().replaceAll("@.*", "");
            java.time.LocalDateTime next = e.<java.time.LocalDateTime>calculateRecurrenceSet(new net.fortuna.ical4j.model.Period<>(
                            today.atStartOfDay(), today.plusYears(2).atStartOfDay())).stream()
                    .map(net.fortuna.ical4j.model.Period::getStart).min(java.util.Comparator.naturalOrder()).orElseThrow();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)rituals/" + slug
                    + "/index.html\">[^<]*</a>(?:(?!</li>).)*?<time datetime=\"([0-9-]+)\"").matcher(page);
            assertTrue(m.find(), slug + " has a next meeting on the page");
            assertEquals(next.toLocalDate().toString(), m.group(1), slug);
        }
        assertTrue(page.contains("Only while a program runs"), page);
    }
}
