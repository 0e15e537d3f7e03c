package dev.handbook.cli;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
    @Parameters(index = "0", defaultValue = ".", paramLabel = "ROOT",
            description = "Folder holding content/ (and optionally themes/ and handbook.yml). Default: ${DEFAULT-VALUE}")
    Path root;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ROOT/site")
    Path out;

    @Option(names = "--audience", paramLabel = "NAME",
            description = "Build the edition for this audience. Default: the widest audience in handbook.yml")
    String audience;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Option(names = "--force", description = "Replace an output folder that handbook build did not create.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of processors")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        long startup = timings ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() : 0;
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        BuildOptions options = new BuildOptions(root, Optional.ofNullable(out), Optional.ofNullable(audience), drafts,
                strict, force, threads, BuildOptions.today(System.getenv("SOURCE_DATE_EPOCH")));
        BuildResult result;
        boolean terminal = Terminal.isInteractive();
        try (ProgressPrinter progress = new ProgressPrinter(err, terminal)) {
            result = Pipeline.build(options, progress);
        } catch (RuntimeException | Error e) {
            err.println("handbook: internal error: " + e);
            if (verbose) e.printStackTrace(err);
            else err.println("  run again with --verbose for the stack trace, and report it please");
            return 2;
        }
        new DiagnosticPrinter(err, root, terminal && Terminal.colour()).print(result.diagnostics());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (timings) printTimings(err, result.timings(), startup, seconds);
        err.println(Summary.line(result, root, seconds));
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
