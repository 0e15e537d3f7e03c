package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Value;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code recent:} block of handbook.yml; unknown keys are warnings, wrong values errors at their position. */
final class RecentSettingsReader {
    static final Set<String> KEYS = Set.of("commits", "wider_subjects");

    private RecentSettingsReader() {
    }

    static RecentSettings read(Value v, List<Diagnostic> diags) {
        RecentSettings d = RecentSettings.standard();
        if (!(v instanceof Value.Dict map)) {
            diags.add(Diagnostic.error(v.pos(), "recent must be a mapping, e.g. recent: {commits: 20}, found %s",
                    v.kindName()).withRule("config"));
            return d;
        }
        for (Value.Entry e : map.entries().values()) {
            if (!KEYS.contains(e.key())) {
                diags.add(Diagnostic.warning(e.keyPos(), "unknown setting 'recent.%s'%s", e.key(),
                        Suggestions.didYouMean(e.key(), KEYS)).withRule("config"));
            }
        }
        int commits = map.get("commits").map(c -> commits(c, diags)).orElse(d.commits());
        boolean wider = map.get("wider_subjects").map(w -> widerSubjects(w, diags)).orElse(d.widerSubjects());
        return new RecentSettings(commits, wider);
    }

    private static int commits(Value v, List<Diagnostic> diags) {
        Optional<String> text = text(v);
        if (text.isPresent()) {
            try {
                int n = Integer.parseInt(text.get());
                if (n >= 0 && n <= RecentSettings.MAX_COMMITS) return n;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        diags.add(Diagnostic.error(v.pos(), "recent.commits must be a whole number from 0 (no page) to %d",
                RecentSettings.MAX_COMMITS).withRule("config"));
        return RecentSettings.COMMITS;
    }

    private static boolean widerSubjects(Value v, List<Diagnostic> diags) {
        Optional<String> text = text(v);
        if (text.isPresent() && (text.get().equals("true") || text.get().equals("false"))) {
            return text.get().equals("true");
        }
        diags.add(Diagnostic.error(v.pos(), "recent.wider_subjects must be true or false").withRule("config"));
        return true;
    }

    private static Optional<String> text(Value v) {
        return v instanceof Value.Scalar s && !s.isNull() ? Optional.of(s.text().strip()) : Optional.empty();
    }
}
