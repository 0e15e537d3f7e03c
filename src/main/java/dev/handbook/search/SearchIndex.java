package dev.handbook.search;

import dev.handbook.model.OutputFile;
import dev.handbook.resolve.ResolvedSite;

import java.util.List;

/**
 * Builds the search index of an edition: every page the edition contains, with its title, section
 * path, headings and their anchors, description, tags, type, the key fields of typed pages and its
 * body text. The files go under {@code search-index/} and are loaded by the theme's
 * {@code assets/search.js} with script tags, so search works from {@code file://} and offline.
 *
 * <pre>{@code
 * for (OutputFile f : SearchIndex.build(site)) staging.put(f, "(generated) " + f.path());
 * }</pre>
 *
 * The output depends only on the site: pages in reading order, terms sorted, no hash order.
 */
public final class SearchIndex {
    /** The folder of the index in the site, for the theme and tests. */
    public static final String DIR = IndexFiles.DIR;

    private SearchIndex() {
    }

    public static List<OutputFile> build(ResolvedSite site) {
        List<SearchDoc> docs = site.pages().parallelStream().map(p -> SearchDoc.of(site, p)).toList();
        Tokenizer tokenizer = new Tokenizer();
        List<TermIndex.DocTerms> counts = docs.parallelStream().map(d -> TermIndex.count(d, tokenizer)).toList();
        return IndexFiles.write(docs, TermIndex.postings(counts));
    }
}
