package dev.handbook.cli;

import dev.handbook.diag.Staged;
import dev.handbook.importer.ImportReport;
import dev.handbook.importer.Importer;
import dev.handbook.importer.Source;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code handbook import --from GENERATOR SRC [ROOT]}: a new handbook from another generator's site. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Writes a new handbook in ROOT from the source folder SRC of a site made with MkDocs, Jekyll, "
                + "Hugo, Middleman (GOV.UK tech docs) or a folder of Markdown on GitHub, then builds it. Converts "
                + "what it recognises and reports each kind; leaves the rest as written and lists each such construct "
                + "with its position. Never writes into SRC.",
                "Refuses a ROOT inside SRC, or one that already has handbook.yml or a non-empty content/ folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported, and the new handbook builds", "1:imported, but the new handbook has errors",
                "2:usage error, or ROOT cannot take the import"})
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "GENERATOR",
            description = "What made the site: mkdocs, jekyll, hugo, middleman or github.")
    String from;

    @Option(names = "--source-url", paramLabel = "URL",
            description = "Where SRC's files are on the web, e.g. https://github.com/org/repo/blob/main/: links to "
                    + "files the import does not copy lead there.")
    String sourceUrl;

    @Parameters(index = "0", paramLabel = "SRC", description = "The site's source folder; only read.")
    Path src;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ROOT", defaultValue = ".",
            description = "Where the new handbook goes; created if missing. Default: ${DEFAULT-VALUE}")
    Path root;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Source source = Source.named(from).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "--from must be one of " + Arrays.stream(Source.values()).map(Source::cliName)
                        .collect(Collectors.joining(", ")) + ", found '" + from + "'"));
        if (sourceUrl != null && !sourceUrl.matches("https?://.+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source-url must be an http(s) URL");
        }
        long start = System.nanoTime();
        Staged<Optional<ImportReport>> imported;
        BuildResult built;
        try {
            imported = Importer.run(source, src, root, Optional.ofNullable(sourceUrl));
            new DiagnosticPrinter(err, Path.of("."), false).print(imported.diagnostics());
            if (imported.value().isEmpty()) return 2;
            ImportReport r = imported.value().get();
            report(out, r);
            out.printf("import: %s and %s from %s into %s; %s rewritten, %s left for a person%s; building it%n",
                    Summary.plural(r.pages(), "page"), Summary.plural(r.files(), "file"), src, root,
                    Summary.plural(r.rewrittenTotal(), "construct"), r.left().size() == 1 ? "1 construct"
                            : r.left().size() + " constructs", r.left().isEmpty() ? "" : " (listed above)");
            out.flush();
            boolean terminal = Terminal.isInteractive();
            try (ProgressPrinter progress = new ProgressPrinter(err, terminal)) {
                built = Pipeline.build(BuildOptions.defaults(root), progress);
            }
            new DiagnosticPrinter(err, root, terminal && Terminal.colour()).print(built.diagnostics());
        } catch (RuntimeException | Error e) {
            EditionOptions.internalError(err, e, verbose, "");
            return 2;
        }
        // The build's own summary line comes last, as after every run.
        double seconds = (System.nanoTime() - start) / 1e9;
        err.println(Summary.line(built, root, seconds));
        err.flush();
        return built.ok() ? 0 : 1;
    }

    private static void report(PrintWriter out, ImportReport r) {
        out.println("imported " + Summary.plural(r.pages(), "page") + " and " + Summary.plural(r.files(), "file"));
        if (!r.rewritten().isEmpty()) {
            out.println("rewritten, by kind:");
            for (Map.Entry<String, Integer> e : r.rewritten().entrySet()) {
                out.printf("  %5d  %s%n", e.getValue(), e.getKey());
                for (ImportReport.Rewrite w : r.placed(e.getKey())) out.println("           " + w.position() + ": " + w.text());
            }
        }
        if (!r.notes().isEmpty()) {
            out.println("not imported, or imported differently:");
            for (String n : r.notes()) out.println("  - " + n);
        }
        if (!r.left().isEmpty()) {
            out.println("left as written, for a person to decide (" + r.left().size() + "):");
            for (ImportReport.Left l : r.left()) out.println("  " + l.position() + ": " + l.kind() + ": " + l.text());
        } else {
            out.println("nothing left for a person: every construct the source used was converted");
        }
    }
}
