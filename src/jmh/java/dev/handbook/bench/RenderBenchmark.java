package dev.handbook.bench;

import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolvedSite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The render stage, one page per operation: view records, link holes, the sidebar and the theme's
 * Pebble templates, up to the page's bytes (nothing is written). Same corpora as {@link ParseBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {
    @Param(".")
    public String root;

    private ResolvedSite site;
    private SiteRenderer renderer;
    private int next;

    @Setup
    public void prepare() {
        Corpus corpus = new Corpus(root);
        site = corpus.resolve();
        renderer = SiteRenderer.create(corpus.theme, corpus.config, corpus.messages).value().orElseThrow();
    }

    @Benchmark
    public Staged<Optional<OutputFile>> renderPage() {
        int i = next;
        next = i + 1 == site.pages().size() ? 0 : i + 1;
        return renderer.renderPage(site, i);
    }
}
