package dev.handbook.cli;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.CheckOptions;
import dev.handbook.pipeline.CheckResult;
import dev.handbook.pipeline.CheckRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code handbook check}: renders the handbook in memory and verifies the rendered site, for pull
 * requests and CI. Findings go to standard output in the chosen format; progress and the summary
 * line go to standard error, so {@code --format json > report.json} stays valid JSON.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the handbook in ROOT without writing the site: builds it in memory, then verifies every "
                + "link, #anchor, image and file of the rendered pages, duplicate ids, orphan pages and readability "
                + "(alt text, heading levels, link text)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed, unless --strict)", "1:findings at error level",
                "2:usage or configuration error"})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    EditionOptions edition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human, json or github (annotations for GitHub Actions). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--external", description = "Also check links to other sites (needs the network).")
    boolean external;

    @Option(names = "--stale", description = "Fail on pages whose review is overdue (for a weekly CI job).")
    boolean stale;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The site folder; --external keeps the answers of other sites in its cache folder. "
                    + "Default: ROOT/site")
    Path out;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        CheckReport.Format f = CheckReport.Format.parse(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--format must be human, json or github, not '" + format + "'"));
        BuildOptions options = edition.buildOptions(spec.commandLine(), Optional.ofNullable(out), strict, false);
        boolean terminal = Terminal.isInteractive();
        CheckResult result;
        ProgressPrinter progress = new ProgressPrinter(err, terminal);
        try (progress) {
            result = CheckRun.check(options, CheckOptions.defaults().withExternal(external).withStale(stale), progress);
        } catch (RuntimeException | Error e) {
            EditionOptions.internalError(err, e, edition.verbose, progress.stage());
            return 2;
        }
        new CheckReport(spec.commandLine().getOut(), edition.root).print(f, result, terminal, Terminal.colour());
        if (timings) BuildCommand.printStages(err, result.timings());
        err.println(summary(result, (System.nanoTime() - start) / 1e9));
        err.flush();
        return result.exitCode();
    }

    static String summary(CheckResult r, double seconds) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "checked %s (%s) in %.2f s: %s, %s",
                Summary.plural(r.pages(), "page"), Summary.plural(r.files(), "file"), seconds,
                Summary.plural(r.errors(), "error"), Summary.plural(r.warnings(), "warning")));
        if (r.silenced() > 0) sb.append(" (").append(r.silenced()).append(" silenced)");
        r.external().ifPresent(x -> sb.append("; ").append(Summary.plural(x.urls(), "external link")).append(" (")
                .append(x.requested()).append(" asked, ").append(x.cached()).append(" from cache, ")
                .append(x.excluded()).append(" excluded)"));
        return sb.toString();
    }
}
