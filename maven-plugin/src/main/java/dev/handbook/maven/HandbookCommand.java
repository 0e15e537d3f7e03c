package dev.handbook.maven;

import dev.handbook.cli.Main;
import org.apache.maven.plugin.logging.Log;

import java.io.PrintWriter;
import java.util.List;

/** Runs the {@code handbook} command in this JVM, its output going to Maven's log line by line. */
final class HandbookCommand {
    private HandbookCommand() {
    }

    /** The command's exit code: 0 ok, 1 content errors, 2 usage or internal errors. */
    static int run(Log log, List<String> args) {
        if (log.isDebugEnabled()) log.debug("handbook " + String.join(" ", args));
        try (PrintWriter out = new PrintWriter(new LogWriter(log));
             PrintWriter err = new PrintWriter(new LogWriter(log))) {
            return Main.run(out, err, args.toArray(String[]::new));
        }
    }
}
