package dev.handbook.pipeline;

/** Told how far a long stage has got, so the command can show progress. Called from worker threads. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (stage, done, total) -> { };

    void update(String stage, int done, int total);
}
