package dev.handbook.cli;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a clean stop of a long-running command: the command
 * closes what it opened and returns exit code 0, instead of the JVM halting under it.
 */
final class Stopping {
    private Stopping() {
    }

    @SuppressWarnings("removal")
    static void onSignal(Runnable stop) {
        for (String name : new String[]{"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // not available here: the JVM's default handling stops the process, which is still safe
            }
        }
    }
}
