package dev.handbook.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the handbook: what is wrong, where, and (optionally) how to fix it.
 * {@code rule} is a short stable id ("broken-link", "yaml") that users can silence or grep for.
 *
 * <pre>{@code
 * Diagnostic.error(ref.pos(), "unknown role '%s'", ref.slug()).withHint("known roles: ...")
 * }</pre>
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, Optional<String> hint, String rule) {
    /** Sorted by file, line, column, then severity and message: the order users read them in. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(rule, "rule");
    }

    public static Diagnostic error(SourcePos pos, String format, Object... args) {
        return new Diagnostic(Severity.ERROR, pos, args.length == 0 ? format : String.format(format, args),
                Optional.empty(), "error");
    }

    public static Diagnostic warning(SourcePos pos, String format, Object... args) {
        return new Diagnostic(Severity.WARNING, pos, args.length == 0 ? format : String.format(format, args),
                Optional.empty(), "warning");
    }

    public Diagnostic withHint(String hint) {
        return new Diagnostic(severity, pos, message, Optional.of(hint), rule);
    }

    public Diagnostic withRule(String rule) {
        return new Diagnostic(severity, pos, message, hint, rule);
    }

    public Diagnostic withSeverity(Severity severity) {
        return new Diagnostic(severity, pos, message, hint, rule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/roles/em.md:4:12: error: unknown role 'tech-lead'}: the one line CI logs show. */
    public String headline() {
        return pos + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return headline();
    }
}
