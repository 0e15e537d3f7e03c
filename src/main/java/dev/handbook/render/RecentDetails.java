package dev.handbook.render;

import dev.handbook.render.OverviewViews.RecentDay;
import dev.handbook.render.OverviewViews.RecentEntry;
import dev.handbook.resolve.RecentChanges;
import dev.handbook.resolve.ResolvedSite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "Recently changed" page's view: the edition's recent changes grouped by the day they were
 * committed, newest first. Days and times are in UTC, so the page reads the same wherever it is
 * built or read.
 */
final class RecentDetails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RecentDetails() {
    }

    static OverviewViews.RecentView of(ResolvedSite site, String root) {
        RecentChanges recent = site.recent().orElseThrow(() -> new IllegalStateException("no recent changes"));
        Map<LocalDate, List<RecentEntry>> byDay = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (RecentChanges.Change c : recent.changes()) {
            var utc = c.committed().atZoneSameInstant(ZoneOffset.UTC);
            byDay.computeIfAbsent(utc.toLocalDate(), d -> new ArrayList<>()).add(new RecentEntry(c.anchor(),
                    c.committed().toInstant().toString(), utc.format(TIME), c.author(), c.subject().orElse(null),
                    Links.pages(site, c.pages(), root), c.removed()));
        }
        List<RecentDay> days = new ArrayList<>();
        byDay.forEach((day, entries) -> days.add(new RecentDay(day.toString(), entries)));
        return new OverviewViews.RecentView(days, recent.changes().size(), Urls.href(root, RecentChanges.FEED));
    }
}
