package dev.handbook.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where one build's time went, for {@code --timings}: the wall-clock time of each stage, and for
 * the stages that run on every worker thread (parse, render) the time the threads spent in each
 * step, summed over threads. Steps are declared before their stage runs, so they print in a fixed
 * order; {@link #step} is safe to call from many threads.
 */
final class Timings {
    private final Map<String, Long> wall = new LinkedHashMap<>();
    private final Map<String, LongAdder> steps = new LinkedHashMap<>();
    private final boolean on;

    Timings() {
        this(true);
    }

    private Timings(boolean on) {
        this.on = on;
    }

    /** Timings that record nothing, for work no profile asks about (serve's rebuilds). */
    static Timings off() {
        return new Timings(false);
    }

    /** Runs a stage on this thread and records its wall-clock time. */
    <T> T stage(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(name, System.nanoTime() - start);
        }
    }

    /** Records a stage timed by the caller (one that throws checked exceptions); stages may run side by side. */
    void record(String name, long nanos) {
        synchronized (wall) {
            wall.merge(name, nanos, Long::sum);
        }
    }

    /** Declares the steps of a parallel stage, in the order they are shown. */
    void declare(String stage, List<String> names) {
        for (String n : names) steps.putIfAbsent(stage + "/" + n, new LongAdder());
    }

    /** Runs one step of a declared stage on a worker thread and adds its time. */
    <T> T step(String stage, String name, Supplier<T> work) {
        if (!on) return work.get();
        LongAdder total = steps.get(stage + "/" + name);
        if (total == null) throw new IllegalStateException("undeclared step " + stage + "/" + name);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            total.add(System.nanoTime() - start);
        }
    }

    /** Adds time measured elsewhere (by the writers' threads, say) to a declared step. */
    void add(String stage, String name, long nanos) {
        LongAdder total = steps.get(stage + "/" + name);
        if (total == null) throw new IllegalStateException("undeclared step " + stage + "/" + name);
        total.add(nanos);
    }

    /**
     * Milliseconds by name, stages in the order they ran, each followed by its steps
     * ({@code parse/markdown}); see {@link BuildResult#timings()}.
     */
    Map<String, Long> toMillis() {
        Map<String, Long> out = new LinkedHashMap<>();
        Map<String, Long> stages;
        synchronized (wall) {
            stages = new LinkedHashMap<>(wall);
        }
        for (Map.Entry<String, Long> stage : stages.entrySet()) {
            out.put(stage.getKey(), stage.getValue() / 1_000_000);
            String prefix = stage.getKey() + "/";
            for (Map.Entry<String, LongAdder> step : steps.entrySet()) {
                if (step.getKey().startsWith(prefix)) out.put(step.getKey(), step.getValue().sum() / 1_000_000);
            }
        }
        return out;
    }
}
