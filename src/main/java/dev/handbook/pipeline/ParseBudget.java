package dev.handbook.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The time budget of one file's parse. Some short Markdown inputs make parsers take time that
 * grows with the cube of their length, and a parser cannot be interrupted; so each file is parsed
 * on a thread of its own while the caller waits at most the budget. A file over budget becomes an
 * error and its thread is abandoned (a daemon thread: it never keeps the process alive), so one
 * hostile page cannot hang the build.
 */
final class ParseBudget implements AutoCloseable {
    static final Duration PER_FILE = Duration.ofSeconds(10);

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parse");
        t.setDaemon(true);
        return t;
    });
    private final Duration budget;

    ParseBudget(Duration budget) {
        this.budget = budget;
    }

    /** The task's result, or empty when it ran past the budget. Exceptions of the task pass through. */
    <T> Optional<T> run(Callable<T> task) {
        Future<T> f = threads.submit(task);
        try {
            return Optional.of(f.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            f.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
