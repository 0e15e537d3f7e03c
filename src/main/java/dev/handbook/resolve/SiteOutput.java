package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.OutputFile;

import java.util.List;
import java.util.function.Consumer;

/**
 * A site-wide output: files made from the whole resolved site rather than from one page, such as
 * {@code sitemap.xml}, the search index, {@code rituals.ics}, {@code recent.xml} and the theme's own
 * pages (404, tags, redirects). It lives here, beside {@link ResolvedSite}, because every output
 * package reads the resolved site and none may import the pipeline. {@code pipeline.SiteOutputs}
 * holds the one list of them, in the order a build writes their files: a new output is a new class
 * in that list, not an edit of the orchestrator.
 *
 * <pre>{@code
 * List<Diagnostic> problems = new SitemapBuilder().emit(site, staging::put);
 * }</pre>
 */
@FunctionalInterface
public interface SiteOutput {
    /**
     * Hands every file this output makes of {@code site} to {@code out}, in a fixed order or from
     * many threads; none when the site has nothing for it. Returns the problems it found.
     */
    List<Diagnostic> emit(ResolvedSite site, Consumer<OutputFile> out);
}
