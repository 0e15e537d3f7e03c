package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Page;
import dev.handbook.model.Ritual;
import dev.handbook.model.Value;
import dev.handbook.resolve.ResolvedSite;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A ritual's {@code day} is a working day or a date, and its {@code time} a time of day: both are
 * text in the schema (a day may be either), so this rule is what reports a value the rituals week
 * could not place. A day on a daily ritual means nothing, and says so.
 */
final class RitualSchedule implements Rule {
    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");

    @Override
    public void check(ResolvedSite site, Consumer<Diagnostic> report) {
        for (Ritual ritual : site.projections().rituals()) {
            Page p = site.page(ritual.page());
            scalar(site, p, "day").ifPresent(day -> {
                String t = day.text().strip();
                if (Ritual.weekday(t).isEmpty() && Ritual.date(t).isEmpty()) {
                    report.accept(Diagnostic.error(day.pos(), "day must be a working day (monday to friday) or the "
                            + "date of one meeting written YYYY-MM-DD, found '%s'%s", t, Suggestions.didYouMean(t, DAYS))
                            .withRule("schema"));
                } else if (ritual.cadence().filter(c -> c.perWeek() > 1).isPresent()) {
                    report.accept(Diagnostic.warning(day.pos(), "a %s ritual is held every working day, so its day "
                            + "is not used", ritual.cadence().get().label()).withHint("remove day:, or change the cadence")
                            .withRule("schema"));
                }
            });
            scalar(site, p, "time").ifPresent(time -> {
                if (Ritual.time(time.text()).isEmpty()) {
                    report.accept(Diagnostic.error(time.pos(), "time must be a time of day on a 24-hour clock such as "
                            + "09:45, found '%s'", time.text().strip()).withRule("schema"));
                }
            });
        }
    }

    private static Optional<Value.Scalar> scalar(ResolvedSite site, Page p, String key) {
        return p.fields().get(key).filter(v -> site.schema(p).fields().containsKey(key)).filter(v -> v instanceof Value.Scalar s && !s.isNull()).map(v -> (Value.Scalar) v);
    }
}
