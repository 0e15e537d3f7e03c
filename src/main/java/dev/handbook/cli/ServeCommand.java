package dev.handbook.cli;

import dev.handbook.diag.Diagnostic;
import dev.handbook.incremental.Changes;
import dev.handbook.incremental.Rebuild;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code handbook serve}: builds into memory, serves on loopback, rebuilds and reloads on every change until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the handbook in ROOT, serves it at http://127.0.0.1:4000/ and rebuilds it as you edit.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl-C", "2:usage error, or the port is in use"})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    EditionOptions edition;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}")
    int port = 4000;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE}, this machine only")
    String bind = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests for this host name (repeatable); this machine's own names and "
                    + "addresses are always answered")
    List<String> allowHosts = new java.util.ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535");
        if (!Files.isDirectory(edition.root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + edition.root);
        }
        BuildOptions options = edition.buildOptions(spec.commandLine(), Optional.empty(), false, false);
        boolean terminal = Terminal.isInteractive();
        Printer printer = new Printer(err, edition.root, terminal && Terminal.colour(), edition.verbose);
        CountDownLatch stop = new CountDownLatch(1);
        Stopping.onSignal(stop::countDown);
        DevServer server;
        try (ProgressPrinter progress = new ProgressPrinter(err, terminal)) {
            server = DevServer.start(options, bind, port, allowHosts, progress, printer);
        } catch (BindException e) {
            err.println("handbook: cannot listen on " + bind + ":" + port + ": " + e.getMessage()
                    + "; is another server running? Choose another port with --port");
            return 2;
        } catch (IOException e) {
            err.println("handbook: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            return 2;
        }
        try (server) {
            Rebuild first = server.build().last();
            if (first.errors().stream().anyMatch(d -> d.rule().equals("usage")) && edition.audience != null) {
                return 2; // an unknown --audience: nothing to serve until the command changes
            }
            if (!isLoopback(bind)) {
                err.println("warning: serving on " + bind + ": anyone who can reach this machine can read the handbook"
                        + (server.build().edition() == null ? "" : " (the '" + server.build().edition() + "' edition)")
                        + "; requests must name this machine (localhost, " + String.join(", ", server.hosts())
                        + ") or a host given with --allow-host");
            }
            err.println("Serving the handbook at " + server.url() + " (Ctrl-C to stop)");
            err.flush();
            stop.await();
            err.println("stopped");
        }
        err.flush();
        return 0;
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** Prints each build: its problems, then one line saying what it did. */
    private static final class Printer implements DevServer.Listener {
        private final PrintWriter err;
        private final Path root;
        private final boolean color;
        private final boolean verbose;

        Printer(PrintWriter err, Path root, boolean color, boolean verbose) {
            this.err = err;
            this.root = root;
            this.color = color;
            this.verbose = verbose;
        }

        @Override
        public synchronized void built(Rebuild r, Changes cause) {
            if (r.scope() == Rebuild.Scope.NOTHING) return;
            List<Diagnostic> shown = cause.everything() || !r.ok() ? r.diagnostics() : r.errors();
            new DiagnosticPrinter(err, root, color).print(shown);
            err.println(line(r, cause));
            err.flush();
        }

        @Override
        public synchronized void indexed(Rebuild r) {
            err.println("search index: " + Summary.plural(r.changed().size() + r.removed().size(), "file")
                    + " changed in " + time(r));
            err.flush();
        }

        @Override
        public synchronized void crashed(Changes cause, RuntimeException error) {
            err.println("handbook: internal error while rebuilding: " + error);
            if (verbose) error.printStackTrace(err);
            else err.println("  run again with --verbose for the stack trace, and report it please");
            err.flush();
        }

        private static String time(Rebuild r) {
            return r.millis() < 1000 ? r.millis() + " ms" : String.format(Locale.ROOT, "%.2f s", r.millis() / 1000.0);
        }

        private static String line(Rebuild r, Changes cause) {
            String time = time(r);
            String what = cause.everything() ? "built " + Summary.plural(r.pages(), "page")
                    : changedNames(cause) + ": rendered " + Summary.plural(r.rendered().size(), "page")
                    + ", " + Summary.plural(r.changed().size() + r.removed().size(), "file") + " changed";
            if (r.ok()) return what + " in " + time + " (" + r.scope().name().toLowerCase(Locale.ROOT) + ")";
            return "build failed in " + time + ": " + Summary.plural(r.errors().size(), "error")
                    + "; serving the last version that built";
        }

        private static String changedNames(Changes cause) {
            List<String> paths = List.copyOf(cause.paths());
            if (paths.size() == 1) return paths.get(0);
            return paths.get(0) + " and " + (paths.size() - 1) + " more";
        }
    }
}
