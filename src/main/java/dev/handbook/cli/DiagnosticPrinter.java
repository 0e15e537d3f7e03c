package dev.handbook.cli;

import dev.handbook.diag.Diagnostic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.handbook.pipeline.BuildResult;

/**
 * Prints diagnostics the way compilers do: {@code path:line:col: error: message}, then the source
 * line with a caret under the column, then the hint. Colour only on a terminal. What is printed
 * is bounded whatever the input: a long line is cut to a window around the column (the caret stays
 * under it), a long message is cut, and at most {@link Shown#PER_FILE} problems of a file and
 * {@link Shown#TOTAL} in all are printed, with a line saying how many more there are.
 */
final class DiagnosticPrinter {
    private final PrintWriter out;
    private final Path root;
    private final boolean color;
    private final boolean rules;
    private final Map<String, List<String>> lines = new HashMap<>();

    DiagnosticPrinter(PrintWriter out, Path root, boolean color) {
        this(out, root, color, false);
    }

    /** @param rules end each headline with the rule id, {@code [broken-link]}, as {@code handbook check} does */
    DiagnosticPrinter(PrintWriter out, Path root, boolean color, boolean rules) {
        this.out = out;
        this.root = root;
        this.color = color;
        this.rules = rules;
    }

    /** Characters of a source line shown around the column. */
    static final int EXCERPT = 160;
    /** Characters of a message or hint shown. */
    static final int MESSAGE = 1000;

    /** Prints the problems within the limits of {@link Shown}, each file's "and N more" after its last one. */
    void print(List<Diagnostic> diagnostics) {
        Shown shown = Shown.of(diagnostics);
        List<Diagnostic> ds = shown.diagnostics();
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (int i = 0; i < ds.size(); i++) {
            Diagnostic d = ds.get(i);
            print(d);
            String file = d.pos().file();
            printed.add(file);
            boolean lastOfFile = i + 1 == ds.size() || !ds.get(i + 1).pos().file().equals(file);
            if (lastOfFile && shown.omitted().containsKey(file)) {
                out.println(Shown.more(shown.omitted().get(file), display(file)));
            }
        }
        int rest = 0;
        int files = 0;
        for (Map.Entry<String, Integer> e : shown.omitted().entrySet()) {
            if (printed.contains(e.getKey())) continue;
            rest += e.getValue();
            files++;
        }
        if (rest > 0) out.println(Shown.more(rest, Summary.plural(files, "other file")));
    }

    void print(Diagnostic d) {
        String label = d.severity().label();
        String where = display(d.pos().toString());
        if (color) label = (d.isError() ? "\u001b[1;31m" : "\u001b[1;33m") + label + "\u001b[0m";
        String rule = !rules ? "" : color ? " \u001b[2m[" + d.rule() + "]\u001b[0m" : " [" + d.rule() + "]";
        out.println(where + ": " + label + ": " + cut(d.message(), MESSAGE) + rule);
        // A problem of content the edition leaves out is told without a line of it.
        Optional<String> source = d.rule().equals(BuildResult.WITHHELD_RULE) ? Optional.empty() : sourceLine(d);
        source.ifPresent(line -> {
            String number = String.valueOf(d.pos().line());
            Excerpt e = Excerpt.of(line, d.pos().column());
            out.println("  " + number + " | " + e.text());
            if (d.pos().column() > 0) out.println("  " + " ".repeat(number.length()) + " | " + " ".repeat(e.caret()) + "^");
        });
        d.hint().ifPresent(h -> out.println("  hint: " + cut(h, MESSAGE)));
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /**
     * The part of a source line shown: all of it when short, else {@link #EXCERPT} characters around
     * the column with "…" where it was cut; {@code caret} is where the column is in the excerpt.
     */
    record Excerpt(String text, int caret) {
        static Excerpt of(String line, int column) {
            int at = Math.max(0, column - 1);
            if (line.length() <= EXCERPT) return new Excerpt(line, Math.min(at, line.length()));
            int start = Math.max(0, Math.min(at - EXCERPT / 2, line.length() - EXCERPT));
            int end = Math.min(line.length(), start + EXCERPT);
            String text = (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
            return new Excerpt(text, (start > 0 ? 1 : 0) + Math.min(at - start, end - start));
        }
    }

    /** Paths are relative to the handbook root; shown relative to where the user ran the command. */
    private String display(String pos) {
        return display(root, pos);
    }

    /** A path (or position) under the handbook root as the user sees it: with the ROOT they gave in front. */
    static String display(Path root, String pos) {
        String r = root.normalize().toString().replace('\\', '/');
        if (r.isEmpty() || r.equals(".") || pos.startsWith("/") || pos.startsWith("(") || absoluteOnWindows(pos)) {
            return pos;
        }
        // Joined as text: the position's ":line:col" is no part of a file name, and Windows refuses ':' in one.
        return (r.endsWith("/") ? r : r + "/") + pos;
    }

    private static boolean absoluteOnWindows(String pos) {
        return pos.startsWith("\\\\") || pos.length() > 2 && Character.isLetter(pos.charAt(0)) && pos.charAt(1) == ':'
                && (pos.charAt(2) == '\\' || pos.charAt(2) == '/');
    }

    private java.util.Optional<String> sourceLine(Diagnostic d) {
        int line = d.pos().line();
        if (line <= 0) return java.util.Optional.empty();
        List<String> text = lines.computeIfAbsent(d.pos().file(), f -> {
            try {
                Path p = root.resolve(f);
                return Files.isRegularFile(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        if (line > text.size()) return java.util.Optional.empty();
        return java.util.Optional.of(text.get(line - 1).replace("\t", " "));
    }
}
