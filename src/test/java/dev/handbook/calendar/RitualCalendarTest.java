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
}
