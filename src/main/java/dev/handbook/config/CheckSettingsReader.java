package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Value;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code check:} block of handbook.yml. Unknown keys are warnings with a suggestion, like
 * every other setting; an unknown rule id in {@code ignore} is a warning too, since silencing a rule
 * that does not exist silences nothing.
 */
final class CheckSettingsReader {
    static final Set<String> KEYS = Set.of("ignore", "external");
    static final Set<String> EXTERNAL_KEYS = Set.of("exclude", "timeout", "per_host", "concurrency", "cache_hours");

    private final List<Diagnostic> diags;

    private CheckSettingsReader(List<Diagnostic> diags) {
        this.diags = diags;
    }

    static CheckSettings read(Value value, List<Diagnostic> diags) {
        return new CheckSettingsReader(diags).check(value);
    }

    /** Rule ids of a {@code check.ignore} or a page's {@code check_ignore} list; unknown ids are reported. */
    static Set<String> ruleIds(Value value, String key, List<Diagnostic> diags) {
        Set<String> ids = new TreeSet<>();
        for (Value.Scalar s : new CheckSettingsReader(diags).texts(value, key)) {
            if (CheckSettings.RULES.containsKey(s.text())) {
                ids.add(s.text());
            } else {
                diags.add(Diagnostic.warning(s.pos(), "unknown rule id '%s' in %s%s", s.text(), key,
                        Suggestions.didYouMean(s.text(), CheckSettings.RULES.keySet()))
                        .withHint("rule ids: " + String.join(", ", CheckSettings.RULES.keySet())).withRule("config"));
            }
        }
        return ids;
    }

    private CheckSettings check(Value value) {
        Optional<Value.Dict> map = dict(value, "check");
        if (map.isEmpty()) return CheckSettings.standard();
        unknownKeys(map.get(), KEYS, "check.");
        Set<String> ignore = map.get().get("ignore").map(v -> ruleIds(v, "check.ignore", diags)).orElse(Set.of());
        CheckSettings.External external = map.get().get("external").flatMap(v -> dict(v, "check.external"))
                .map(this::external).orElse(CheckSettings.External.standard());
        return new CheckSettings(ignore, external);
    }

    private CheckSettings.External external(Value.Dict map) {
        unknownKeys(map, EXTERNAL_KEYS, "check.external.");
        CheckSettings.External d = CheckSettings.External.standard();
        List<String> exclude = map.get("exclude").map(v -> texts(v, "check.external.exclude"))
                .map(l -> l.stream().map(Value.Scalar::text).toList()).orElse(d.exclude());
        int timeout = positive(map, "timeout", "seconds").orElse((int) d.timeout().toSeconds());
        int perHost = positive(map, "per_host", "requests").orElse(d.perHost());
        int concurrency = positive(map, "concurrency", "requests").orElse(d.concurrency());
        int cacheHours = positive(map, "cache_hours", "hours").orElse((int) d.cacheFor().toHours());
        return new CheckSettings.External(exclude, Duration.ofSeconds(timeout), perHost, concurrency,
                Duration.ofHours(cacheHours));
    }

    private Optional<Value.Dict> dict(Value v, String key) {
        if (v instanceof Value.Dict d) return Optional.of(d);
        if (v instanceof Value.Scalar s && s.isNull()) return Optional.empty();
        diags.add(Diagnostic.error(v.pos(), "%s must be a mapping, found %s", key, v.kindName()).withRule("config"));
        return Optional.empty();
    }

    private void unknownKeys(Value.Dict map, Set<String> known, String prefix) {
        for (Value.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                diags.add(Diagnostic.warning(e.keyPos(), "unknown setting '%s%s'%s", prefix, e.key(),
                        Suggestions.didYouMean(e.key(), known)).withRule("config"));
            }
        }
    }

    /** A list of text values; a single text value counts as a list of one. */
    private List<Value.Scalar> texts(Value v, String key) {
        List<Value> items = v instanceof Value.Seq seq ? seq.items() : List.of(v);
        List<Value.Scalar> out = new ArrayList<>();
        for (Value item : items) {
            if (item instanceof Value.Scalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(s);
            } else if (!(item instanceof Value.Scalar s && s.isNull())) {
                diags.add(Diagnostic.error(item.pos(), "%s must be a list of text values, found %s", key,
                        item.kindName()).withRule("config"));
            }
        }
        return out;
    }

    private Optional<Integer> positive(Value.Dict map, String key, String unit) {
        Optional<Value> v = map.get(key);
        if (v.isEmpty()) return Optional.empty();
        if (v.get() instanceof Value.Scalar s && !s.isNull()) {
            try {
                int n = Integer.parseInt(s.text().strip());
                if (n > 0) return Optional.of(n);
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        diags.add(Diagnostic.error(v.get().pos(), "check.external.%s must be a whole number of %s, at least 1", key,
                unit).withRule("config"));
        return Optional.empty();
    }
}
