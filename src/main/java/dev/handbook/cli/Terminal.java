package dev.handbook.cli;

/** Whether output goes to a person at a terminal (progress in place, colour) or to a log. */
final class Terminal {
    private Terminal() {
    }

    static boolean isInteractive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM")) && System.getenv("CI") == null;
    }

    static boolean colour() {
        return System.getenv("NO_COLOR") == null;
    }
}
