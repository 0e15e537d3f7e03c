package dev.handbook.incremental;

import dev.handbook.diag.Diagnostic;

import java.util.List;

/**
 * What one incremental build did.
 *
 * @param scope       how much had to be redone
 * @param diagnostics every problem of the handbook as it is now, sorted as {@code handbook build} reports them
 * @param rendered    HTML files rendered again (their inputs changed), by site path
 * @param changed     files added or whose bytes changed, by site path
 * @param removed     files no longer in the site
 * @param pages       pages in the site
 * @param millis      how long the build took
 * @param version     the version of the site now served ({@link SiteFiles#version()})
 */
public record Rebuild(Scope scope, List<Diagnostic> diagnostics, List<String> rendered, List<String> changed,
                      List<String> removed, int pages, long millis, long version) {
    /** How much a change made the build redo, from least to most. */
    public enum Scope {
        /** Nothing that the site is built from changed (an editor's temporary file came and went). */
        NOTHING,
        /**
         * Only the search index, made again for pages an earlier rebuild served
         * ({@link IncrementalBuild#updateSearch()}); no page was rendered.
         */
        SEARCH,
        /** Only the text of pages (or static files) changed: those pages were parsed and rendered again, nothing else. */
        PAGES,
        /** Something other pages may show changed: the site was resolved again and every page whose view changed was rendered. */
        SITE,
        /** handbook.yml changed (or the watcher lost track): everything was read again. */
        FULL
    }

    public Rebuild {
        diagnostics = List.copyOf(diagnostics);
        rendered = List.copyOf(rendered);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** Whether the handbook built: false means the site served is still the last one that did. */
    public boolean ok() {
        return errors().isEmpty();
    }
}
