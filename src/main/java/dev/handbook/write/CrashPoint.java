package dev.handbook.write;

/**
 * A test hook for the promise that a killed build never costs the last complete site: when the
 * system property {@code handbook.crash-at} names the step a build has reached, the process ends
 * on the spot, as with {@code kill -9} (no finally blocks, no shutdown hooks). KilledSwapIT runs a
 * build with each step named and checks what the next build finds.
 */
final class CrashPoint {
    static final String PROPERTY = "handbook.crash-at";

    private CrashPoint() {
    }

    static void reached(String step) {
        if (step.equals(System.getProperty(PROPERTY))) Runtime.getRuntime().halt(137);
    }
}
