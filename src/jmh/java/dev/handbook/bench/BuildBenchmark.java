package dev.handbook.bench;

import dev.handbook.cli.Main;
import org.apache.commons.io.file.PathUtils;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A whole build, once per operation, in a JVM that has built the same handbook many times already:
 * what a build costs when everything is compiled. {@code bench/run.sh} times clean builds, each in
 * a fresh JVM; the difference between the two is JVM start-up and warm-up. Same corpora as
 * {@link ParseBenchmark}; the JVM gets the launcher's collector settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmn128m", "-XX:MaxTenuringThreshold=1"})
@Warmup(iterations = 12)
@Measurement(iterations = 8)
public class BuildBenchmark {
    @Param(".")
    public String root;

    private Path out;

    @Setup
    public void prepare() throws IOException {
        out = Files.createTempDirectory("handbook-build-bench");
    }

    @Benchmark
    public int build() {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        int code = Main.run(quiet, new PrintWriter(System.err, true), "build", root, "--out", out.resolve("site").toString());
        if (code != 0) throw new IllegalStateException("the build failed with exit code " + code);
        return code;
    }

    @TearDown
    public void remove() throws IOException {
        PathUtils.deleteDirectory(out); // made by prepare(): the temporary folder and the site in it
    }
}
