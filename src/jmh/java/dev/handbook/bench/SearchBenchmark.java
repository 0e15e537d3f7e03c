package dev.handbook.bench;

import dev.handbook.resolve.ResolvedSite;
import dev.handbook.search.SearchIndex;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The search index of a whole handbook, once per operation, as a build makes it (the files go to a
 * blackhole, not to disk): every page's terms counted and its snippet file made, then the term
 * shards. Same corpora as {@link ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SearchBenchmark {
    @Param(".")
    public String root;

    private ResolvedSite site;

    @Setup
    public void prepare() {
        site = new Corpus(root).resolve();
    }

    @Benchmark
    public int writeIndex(Blackhole files) {
        return SearchIndex.write(site, files::consume);
    }
}
