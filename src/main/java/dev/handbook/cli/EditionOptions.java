package dev.handbook.cli;

import dev.handbook.pipeline.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What build, check and serve share: which handbook, which edition of it, how many threads, and
 * how an internal error is reported. A picocli mixin, so the three commands read their options
 * and turn them into {@link BuildOptions} the same way.
 */
final class EditionOptions {
    @Parameters(index = "0", defaultValue = ".", paramLabel = "ROOT",
            description = "Folder holding content/ (and optionally themes/ and handbook.yml). Default: ${DEFAULT-VALUE}")
    Path root;

    @Option(names = "--audience", paramLabel = "NAME",
            description = "The edition for this audience. Default: the widest audience in handbook.yml")
    String audience;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of processors")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--verbose", description = "Print stack traces of internal errors, and the files left out of "
            + "the edition because only restricted content uses them.")
    boolean verbose;

    /** The pipeline's options; a thread count below one is a usage error of {@code command}. */
    BuildOptions buildOptions(CommandLine command, Optional<Path> out, boolean strict, boolean force) {
        if (threads < 1) throw new CommandLine.ParameterException(command, "--threads must be at least 1");
        return new BuildOptions(root, out, Optional.ofNullable(audience), drafts, strict, force, threads,
                BuildOptions.today(System.getenv("SOURCE_DATE_EPOCH")), Optional.empty());
    }

    /**
     * Reports a bug of ours (never the content's fault): one line, the stack trace only with --verbose.
     * Running out of memory is no bug: it says in which stage, with the limit and what to try (a
     * file's parse or render names the file itself; see the pipeline).
     */
    static void internalError(PrintWriter err, Throwable e, boolean verbose, String stage) {
        if (e instanceof OutOfMemoryError) {
            err.println("handbook: ran out of memory" + (stage.isEmpty() ? "" : " in the " + stage + " stage")
                    + " (the JVM may use " + (Runtime.getRuntime().maxMemory() >> 20) + " MB)");
            err.println("  build with fewer --threads, or allow more memory (HANDBOOK_JAVA_OPTS=-Xmx4g)");
            if (verbose) e.printStackTrace(err);
            return;
        }
        err.println("handbook: internal error: " + e);
        if (verbose) e.printStackTrace(err);
        else err.println("  run again with --verbose for the stack trace, and report it please");
    }
}
