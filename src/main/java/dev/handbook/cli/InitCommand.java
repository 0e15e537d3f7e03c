package dev.handbook.cli;

import dev.handbook.diag.Staged;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.scaffold.HandbookScaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code handbook init [DIR]}: a new handbook that builds as it is, with CI workflows and launchers. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Starts a new handbook in DIR: handbook.yml with every setting commented, an example page of "
                + "every type, responsibilities.yml, .gitignore, CI workflows for GitHub Actions and GitLab CI, and "
                + "the ./handbook launchers with this program's jar in .handbook/, so CI needs only Java.",
                "Refuses a DIR whose content/ folder is not empty; never overwrites a file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the handbook was created", "2:content/ is not empty, or DIR cannot be written"})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "Where the handbook goes; created if missing. Default: ${DEFAULT-VALUE}")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Staged<Optional<HandbookScaffold.Result>> r = HandbookScaffold.init(dir,
                BuildOptions.today(System.getenv("SOURCE_DATE_EPOCH")), runningJar());
        new DiagnosticPrinter(err, Path.of("."), false).print(r.diagnostics());
        err.flush();
        if (r.value().isEmpty()) return 2;
        HandbookScaffold.Result result = r.value().get();
        String where = dir.toString();
        out.println("created a handbook in " + where + " (" + result.created().size() + " files)");
        for (String kept : result.kept()) out.println("  kept your " + kept + " as it was");
        for (String amended : result.amended()) out.println("  added Handbook's lines to your " + amended);
        out.println();
        out.println("Next steps:");
        String cd = dir.normalize().toString().isEmpty() ? "" : "cd " + where + " && ";
        out.println("  1. " + cd + "./handbook serve");
        out.println("     preview it at http://127.0.0.1:4000/ while you edit content/ (Windows: handbook serve)");
        out.println("  2. ./handbook new role staff-engineer");
        out.println("     adds a page with every field of its type; handbook.yml lists every setting");
        out.println("  3. git init && git add . && git commit -m \"Start our handbook\", then push to GitHub or GitLab");
        out.println("     .github/workflows/handbook.yml and .gitlab-ci.yml build it with --strict, check pull requests");
        out.println("     and publish it to Pages (GitHub: Settings > Pages > Source: GitHub Actions)");
        out.flush();
        return 0;
    }

    /** The jar this program runs from, for the launchers to start; empty when it runs from class folders. */
    private static Optional<Path> runningJar() {
        try {
            CodeSource source = InitCommand.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
