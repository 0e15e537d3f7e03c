package dev.handbook.cli;

import dev.handbook.diag.Staged;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.Scaffolding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code handbook new TYPE SLUG}: a new page from its type's schema. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a page of TYPE (role, team, ritual, process, runbook, page, or your own) named SLUG, "
                + "with every field of the type stubbed and commented.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the page was created",
                "2:unknown type, bad slug (or 'index'), the file exists, or ROOT is no handbook"})
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TYPE", description = "The page type.")
    String type;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The page's file name without .md, e.g. staff-engineer.")
    String slug;

    @Option(names = "--root", paramLabel = "ROOT", defaultValue = ".", description = "The handbook root. Default: ${DEFAULT-VALUE}")
    Path root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Staged<Optional<String>> r = Scaffolding.newPage(root, type, slug, BuildOptions.today(System.getenv("SOURCE_DATE_EPOCH")));
        new DiagnosticPrinter(err, root, false).print(r.diagnostics());
        if (r.value().isEmpty()) {
            err.flush();
            return 2;
        }
        spec.commandLine().getOut().println("created " + root.resolve(r.value().get()).normalize());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
