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

/**
 * Prints diagnostics the way compilers do: {@code path:line:col: error: message}, then the source
 * line with a caret under the column, then the hint. Colour only on a terminal.
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

    void print(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) print(d);
    }

    void print(Diagnostic d) {
        String label = d.severity().label();
        String where = display(d.pos().toString());
        if (color) label = (d.isError() ? "\u001b[1;31m" : "\u001b[1;33m") + label + "\u001b[0m";
        String rule = !rules ? "" : color ? " \u001b[2m[" + d.rule() + "]\u001b[0m" : " [" + d.rule() + "]";
        out.println(where + ": " + label + ": " + d.message() + rule);
        sourceLine(d).ifPresent(line -> {
            String number = String.valueOf(d.pos().line());
            out.println("  " + number + " | " + line);
            if (d.pos().column() > 0) {
                out.println("  " + " ".repeat(number.length()) + " | " + " ".repeat(Math.max(0, d.pos().column() - 1)) + "^");
            }
        });
        d.hint().ifPresent(h -> out.println("  hint: " + h));
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
        String s = text.get(line - 1).replace("\t", " ");
        return java.util.Optional.of(s.length() > 200 ? s.substring(0, 200) + "…" : s);
    }
}
