package dev.handbook.cli;

import dev.handbook.pipeline.Progress;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how far a long build has got. Short builds print only their summary; after a second on a
 * terminal the progress line is rewritten in place, and in CI logs a line is appended every three
 * seconds when it says something new (a step that takes long is named once, not every time).
 */
final class ProgressPrinter implements Progress, AutoCloseable {
    private final PrintWriter err;
    private final boolean terminal;
    private final ScheduledExecutorService ticker;
    private volatile String stage = "";
    private volatile int done;
    private volatile int total;
    private String last = "";

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this(err, terminal, terminal ? 1000 : 3000);
    }

    /** @param firstMillis how long a build runs before the first progress line */
    ProgressPrinter(PrintWriter err, boolean terminal, long firstMillis) {
        this.err = err;
        this.terminal = terminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::show, firstMillis, terminal ? 250 : 3000, TimeUnit.MILLISECONDS);
    }

    /** The stage last reported ("parse", "render", "search index"), or "" before the first. */
    String stage() {
        return stage;
    }

    @Override
    public void update(String stage, int done, int total) {
        this.stage = stage;
        this.done = done;
        this.total = total;
    }

    /** Prints the progress line, unless it is the line printed last. Called by the ticker. */
    synchronized void show() {
        if (stage.isEmpty()) return;
        // A stage done in one step (resolving) has nothing to count: just say what is running.
        String line = total <= 1 ? stage + "..."
                : String.format("%s %d/%d pages (%d%%)", stage, done, total, done * 100 / total);
        if (line.equals(last)) return;
        if (terminal) err.print("\r\u001b[2K" + line);
        else err.println(line);
        err.flush();
        last = line;
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (terminal && !last.isEmpty()) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
