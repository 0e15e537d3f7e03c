package dev.handbook.search;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.OutputFile;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;

import java.util.List;
import java.util.function.Consumer;

/**
 * The search index as a build writes it: made afresh, each file handed on as soon as it is made
 * (see {@link SearchIndex#write}). {@code handbook serve} keeps a {@link SearchIndex} instead.
 */
public final class SearchOutput implements SiteOutput {
    private final SearchMemo memo;

    public SearchOutput() {
        this(SearchMemo.NONE);
    }

    /** The index of a build that finds the terms of unchanged pages in {@code memo}. */
    public SearchOutput(SearchMemo memo) {
        this.memo = memo;
    }

    @Override
    public List<Diagnostic> emit(ResolvedSite site, Consumer<OutputFile> out) {
        SearchIndex.write(site, out, memo);
        return List.of();
    }
}
