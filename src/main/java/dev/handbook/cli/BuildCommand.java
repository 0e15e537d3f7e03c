package dev.handbook.cli;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code handbook build}: builds the site and reports every problem at once. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the handbook in ROOT into a static site.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content has errors; nothing was written",
                "2:usage or configuration error"})
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    EditionOptions edition;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ROOT/site")
    Path out;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--force", description = "Replace an output folder that handbook build did not create.")
    boolean force;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @Option(names = "--cache", paramLabel = "DIR", description = "Build cache folder: a later build parses and "
            + "renders only what changed. Default: .handbook-cache beside the output folder")
    Path cache;

    @Option(names = "--no-cache", description = "Build without reading or writing a build cache.")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        long startup = timings ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() : 0;
        if (noCache && cache != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache and --no-cache exclude each other");
        }
        BuildOptions options = edition.buildOptions(spec.commandLine(), Optional.ofNullable(out), strict, force)
                .withCache(noCache ? Optional.empty() : Optional.of(cache == null
                        ? new BuildOptions.CacheFolder.BesideOutput() : new BuildOptions.CacheFolder.At(cache)));
        BuildResult result;
        boolean terminal = Terminal.isInteractive();
        ProgressPrinter progress = new ProgressPrinter(err, terminal);
        try (progress) {
            result = Pipeline.build(options, progress);
        } catch (RuntimeException | Error e) {
            EditionOptions.internalError(err, e, edition.verbose, progress.stage());
            return 2;
        }
        new DiagnosticPrinter(err, edition.root, terminal && Terminal.colour()).print(result.diagnostics());
        if (edition.verbose) {
            for (String file : result.withheld()) {
                err.println("left out: " + DiagnosticPrinter.display(edition.root, file)
                        + " (only restricted content uses it)");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (timings) printTimings(err, result.timings(), startup, seconds);
        err.println(Summary.line(result, edition.root, seconds));
        err.flush();
        if (result.usageError()) return 2;
        return result.ok() ? 0 : 1;
    }

    /**
     * The profile: JVM start-up, each stage's wall-clock time and, indented under the parallel
     * stages, the time their worker threads spent in each step (summed over threads, so it can
     * exceed the stage's wall-clock time).
     */
    private static void printTimings(PrintWriter err, Map<String, Long> timings, long startup,
                                     double seconds) {
        err.println("timings:");
        err.printf("  %-14s %6d ms  JVM start until the build began%n", "startup", startup);
        printStages(err, timings);
        err.printf("  %-14s %6d ms  with start-up%n", "total", startup + Math.round(seconds * 1000));
    }

    /** Each stage at two spaces, the steps of a parallel stage ({@code parse/markdown}) indented under it. */
    static void printStages(PrintWriter err, Map<String, Long> timings) {
        timings.forEach((stage, ms) -> {
            int slash = stage.indexOf('/');
            if (slash < 0) err.printf("  %-14s %6d ms%n", stage, ms);
            else err.printf("    %-12s %6d ms  (summed over threads)%n", stage.substring(slash + 1), ms);
        });
    }
}
