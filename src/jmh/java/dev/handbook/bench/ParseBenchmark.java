package dev.handbook.bench;

import dev.handbook.diag.Staged;
import dev.handbook.parse.ParsedPage;
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

import java.util.concurrent.TimeUnit;

/**
 * The parse stage, one page per operation (front matter, Markdown, links, headings, search text),
 * cycling through the pages of a handbook: the example one by default, or a generated corpus with
 * {@code -p root=/tmp/handbook-bench/plain-10000}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
    @Param(".")
    public String root;

    private Corpus corpus;
    private int next;

    @Setup
    public void load() {
        corpus = new Corpus(root);
    }

    @Benchmark
    public Staged<ParsedPage> parsePage() {
        int i = next;
        next = i + 1 == corpus.pages.size() ? 0 : i + 1;
        return corpus.parse(i);
    }
}
