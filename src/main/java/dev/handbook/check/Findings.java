package dev.handbook.check;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Severity;
import dev.handbook.diag.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects what the check finds, from many threads. A finding from Markdown is kept at its
 * position; a finding from the theme is usually the same on every page (a broken link in the
 * footer), so it is reported once, at the first page in path order, with the number of pages.
 * Silenced findings are only counted.
 */
final class Findings {
    /** Diagnostic.ORDER with every field as a tie-breaker, so threads never change the order. */
    static final java.util.Comparator<Diagnostic> ORDER = Diagnostic.ORDER.thenComparing(Diagnostic::rule)
            .thenComparing(d -> d.hint().orElse(""));

    private final Silencer silencer;
    private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();
    private final Map<ThemeKey, ThemeSeen> theme = new ConcurrentHashMap<>();
    private final AtomicInteger silenced = new AtomicInteger();

    /** The same problem of the theme, whatever page it is on. */
    private record ThemeKey(Severity severity, String rule, String message, String hint) {
    }

    /**
     * On how many pages, and the one to name: a content page before the site's own pages (404.html),
     * then the one nearest the home page, then by path.
     */
    private record ThemeSeen(int pages, String firstPage, boolean generated) {
        private static final java.util.Comparator<ThemeSeen> FIRST = java.util.Comparator
                .comparing(ThemeSeen::generated)
                .thenComparingLong(t -> t.firstPage().chars().filter(c -> c == '/').count())
                .thenComparing(ThemeSeen::firstPage);

        ThemeSeen plus(ThemeSeen other) {
            ThemeSeen first = FIRST.compare(this, other) <= 0 ? this : other;
            return new ThemeSeen(pages + other.pages, first.firstPage, first.generated);
        }
    }

    Findings(Silencer silencer) {
        this.silencer = silencer;
    }

    void error(Origin origin, String rule, String message, String hint) {
        report(origin, Severity.ERROR, rule, message, hint);
    }

    void warning(Origin origin, String rule, String message, String hint) {
        report(origin, Severity.WARNING, rule, message, hint);
    }

    /** @param hint how to fix it, or "" */
    void report(Origin origin, Severity severity, String rule, String message, String hint) {
        if (silencer.silences(rule, origin.pageFile())) {
            silenced.incrementAndGet();
            return;
        }
        if (origin.fromTheme()) {
            theme.merge(new ThemeKey(severity, rule, message, hint),
                    new ThemeSeen(1, origin.outputPath(), origin.pageFile().isEmpty()), ThemeSeen::plus);
            return;
        }
        found.add(diagnostic(severity, origin.source().get(), rule, message, hint));
    }

    int silenced() {
        return silenced.get();
    }

    /** Everything found, in the order users read it. */
    List<Diagnostic> all() {
        List<Diagnostic> out = new ArrayList<>(found);
        theme.forEach((k, seen) -> {
            String where = seen.pages() == 1 ? " (in the theme)" : " (in the theme, on " + seen.pages() + " pages)";
            out.add(diagnostic(k.severity(), SourcePos.file("(theme) " + seen.firstPage()), k.rule(),
                    k.message() + where, k.hint()));
        });
        out.sort(ORDER);
        return out;
    }

    private static Diagnostic diagnostic(Severity severity, SourcePos pos, String rule, String message, String hint) {
        Diagnostic d = new Diagnostic(severity, pos, message, Optional.empty(), rule);
        return hint.isEmpty() ? d : d.withHint(hint);
    }
}
