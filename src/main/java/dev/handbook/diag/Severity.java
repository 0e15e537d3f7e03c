package dev.handbook.diag;

/** How bad a diagnostic is. A warning becomes an error when the build runs with {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
