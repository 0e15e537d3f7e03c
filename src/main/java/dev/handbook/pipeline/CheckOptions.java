package dev.handbook.pipeline;

import java.time.Clock;
import java.util.Objects;

/**
 * What {@code handbook check} does beyond the build's own checks.
 *
 * @param external also ask other sites whether the pages the handbook links to exist
 * @param stale    report pages whose review is overdue as errors (for a weekly CI job)
 * @param clock    the time, for the expiry of cached external-link results
 */
public record CheckOptions(boolean external, boolean stale, Clock clock) {
    /** The file, under the output folder's cache folder, that keeps external-link results between runs. */
    public static final String CACHE_FILE = "external-links.tsv";

    public CheckOptions {
        Objects.requireNonNull(clock, "clock");
    }

    public static CheckOptions defaults() {
        return new CheckOptions(false, false, Clock.systemUTC());
    }

    public CheckOptions withExternal(boolean e) {
        return new CheckOptions(e, stale, clock);
    }

    public CheckOptions withStale(boolean s) {
        return new CheckOptions(external, s, clock);
    }

    public CheckOptions withClock(Clock c) {
        return new CheckOptions(external, stale, c);
    }
}
