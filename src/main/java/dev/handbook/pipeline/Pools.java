package dev.handbook.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** Runs work on a given pool, so parallel streams inside it use that pool's threads. */
public final class Pools {
    private Pools() {
    }

    /** The work's result; its own exception comes out as thrown, not wrapped. */
    public static <T> T run(ForkJoinPool pool, Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
