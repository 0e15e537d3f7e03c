package dev.handbook.cli;

import dev.handbook.check.ExternalChecker;
import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Json;
import dev.handbook.pipeline.CheckResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints what {@code handbook check} found, in one of three formats (documented in the README):
 * {@code human} (compiler style; grouped by file, coloured and with the source line on a terminal),
 * {@code json} (a stable schema for tools) and {@code github} (workflow commands that GitHub
 * Actions shows as annotations on the pull request's lines).
 */
final class CheckReport {
    /** Version of the JSON schema; raised only when a field changes meaning or goes away. */
    static final int JSON_VERSION = 1;

    enum Format {
        HUMAN, JSON, GITHUB;

        static Optional<Format> parse(String s) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(s)) return Optional.of(f);
            return Optional.empty();
        }
    }

    private final PrintWriter out;
    private final Path root;

    CheckReport(PrintWriter out, Path root) {
        this.out = out;
        this.root = root;
    }

    /**
     * Prints the findings; the human and github formats keep to the limits of {@link Shown} and say
     * what they left out, json lists all.
     */
    void print(Format format, CheckResult result, boolean terminal, boolean colour) {
        Shown shown = Shown.of(result.diagnostics());
        switch (format) {
            case HUMAN -> {
                if (terminal) grouped(result.diagnostics(), shown, colour);
                else plain(shown);
            }
            case JSON -> json(result);
            case GITHUB -> github(shown.diagnostics());
        }
        out.flush();
    }

    /** One line per finding, {@code path:line:col: error: message [rule]}, then its hint: for logs and grep. */
    private void plain(Shown shown) {
        for (Diagnostic d : shown.diagnostics()) {
            out.println(DiagnosticPrinter.display(root, d.pos().toString()) + ": " + d.severity().label() + ": "
                    + DiagnosticPrinter.cut(d.message(), DiagnosticPrinter.MESSAGE) + " [" + d.rule() + "]");
            d.hint().ifPresent(h -> out.println("  hint: " + DiagnosticPrinter.cut(h, DiagnosticPrinter.MESSAGE)));
        }
        more(shown);
    }

    /** For a person: findings under a header per file, each with its source line and a caret. */
    private void grouped(List<Diagnostic> all, Shown shown, boolean colour) {
        DiagnosticPrinter printer = new DiagnosticPrinter(out, root, colour, true);
        Map<String, long[]> counts = new HashMap<>();
        for (Diagnostic d : all) counts.computeIfAbsent(d.pos().file(), f -> new long[2])[d.isError() ? 0 : 1]++;
        String file = null;
        for (Diagnostic d : shown.diagnostics()) {
            if (!d.pos().file().equals(file)) {
                if (file != null) out.println();
                file = d.pos().file();
                long[] c = counts.get(file);
                String header = DiagnosticPrinter.display(root, file) + " (" + Summary.plural(c[0], "error") + ", "
                        + Summary.plural(c[1], "warning") + ")";
                out.println(colour ? "\u001b[1;4m" + header + "\u001b[0m" : header);
            }
            printer.print(d);
        }
        more(shown);
    }

    /** What the printed findings leave out, file by file. */
    private void more(Shown shown) {
        for (Map.Entry<String, Integer> e : shown.omitted().entrySet()) {
            out.println(Shown.more(e.getValue(), DiagnosticPrinter.display(root, e.getKey())));
        }
    }

    /** Every finding, whatever {@link Shown} would leave out: tools want them all, and messages are cut to size. */
    private void json(CheckResult r) {
        out.println("{");
        out.println("  \"version\": " + JSON_VERSION + ",");
        out.println("  \"summary\": {\"pages\": " + r.pages() + ", \"files\": " + r.files() + ", \"errors\": "
                + r.errors() + ", \"warnings\": " + r.warnings() + ", \"silenced\": " + r.silenced() + "},");
        out.println("  \"external\": " + r.external().map(CheckReport::json).orElse("null") + ",");
        List<Diagnostic> ds = r.diagnostics();
        if (ds.isEmpty()) {
            out.println("  \"findings\": []");
        } else {
            out.println("  \"findings\": [");
            for (int i = 0; i < ds.size(); i++) out.println("    " + json(ds.get(i)) + (i + 1 < ds.size() ? "," : ""));
            out.println("  ]");
        }
        out.println("}");
    }

    private static String json(ExternalChecker.Stats s) {
        return "{\"urls\": " + s.urls() + ", \"requested\": " + s.requested() + ", \"cached\": " + s.cached()
                + ", \"excluded\": " + s.excluded() + "}";
    }

    private String json(Diagnostic d) {
        Json q = Json.PLAIN;
        return "{\"file\": " + q.string(DiagnosticPrinter.display(root, d.pos().file())) + ", \"line\": " + d.pos().line()
                + ", \"column\": " + d.pos().column() + ", \"severity\": " + q.string(d.severity().label())
                + ", \"rule\": " + q.string(d.rule()) + ", \"message\": "
                + q.string(DiagnosticPrinter.cut(d.message(), DiagnosticPrinter.MESSAGE)) + ", \"hint\": "
                + d.hint().map(h -> q.string(DiagnosticPrinter.cut(h, DiagnosticPrinter.MESSAGE))).orElse("null") + "}";
    }

    /**
     * {@code ::error file=content/a.md,line=3,col=5,title=broken-link::message}. A finding in the
     * theme has no file of the repository to point at, so it names the page in its message instead.
     */
    private void github(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            StringBuilder props = new StringBuilder();
            String message = DiagnosticPrinter.cut(d.message(), DiagnosticPrinter.MESSAGE);
            if (d.pos().file().startsWith("(")) {
                message = d.pos().file() + ": " + message;
            } else {
                props.append("file=").append(property(DiagnosticPrinter.display(root, d.pos().file())));
                if (d.pos().line() > 0) props.append(",line=").append(d.pos().line());
                if (d.pos().column() > 0) props.append(",col=").append(d.pos().column());
                props.append(',');
            }
            props.append("title=").append(property(d.rule()));
            String text = message + d.hint().map(h -> "\nhint: " + h).orElse("");
            out.println("::" + (d.isError() ? "error" : "warning") + " " + props + "::" + data(text));
        }
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
