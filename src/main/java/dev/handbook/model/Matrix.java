package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The responsibility (RACI) matrix from {@code content/responsibilities.yml}: for each activity,
 * the roles Responsible, Accountable, Consulted and Informed, by page index of the role. Rows the
 * edition's audience may not read are not in it.
 */
public record Matrix(List<Row> rows, String displayPath) {
    public Matrix {
        rows = List.copyOf(rows);
        Objects.requireNonNull(displayPath, "displayPath");
    }

    /**
     * The activity a responsibility written on a role page names: its title is the activity's name,
     * or starts with it followed by a comma, colon, semicolon, dash or parenthesis ("Prioritization of
     * work, especially technical debt"); case and spacing do not matter. The longest such name wins.
     */
    public Optional<Row> findActivity(String title) {
        String t = normalise(title);
        Row best = null;
        int bestLength = 0;
        for (Row row : rows) {
            for (String a : names(row)) {
                boolean names = t.equals(a) || t.startsWith(a) && startsAClause(t.substring(a.length()));
                if (names && a.length() > bestLength) {
                    best = row;
                    bestLength = a.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a responsibility's title is only an activity's name, saying nothing the matrix row does
     * not ("Delivery." but not "Delivery, end to end").
     */
    public static boolean saysOnly(String title, Row row) {
        return names(row).contains(normalise(title));
    }

    /** "Standardized ways of working (discovery, release...)" is also named without its parenthesis. */
    private static List<String> names(Row row) {
        String full = normalise(row.activity());
        int paren = full.indexOf('(');
        return paren > 0 ? List.of(full, full.substring(0, paren).strip()) : List.of(full);
    }

    /** Whether what follows an activity's name begins a clause about it (", especially..."), not a longer name. */
    private static boolean startsAClause(String rest) {
        String r = rest.stripLeading();
        return !r.isEmpty() && ",;:(-\u2013\u2014".indexOf(r.charAt(0)) >= 0;
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*([,;:(])", "$1")
                .replaceAll("[.\\s]+$", "");
    }

    /** One activity. {@code audience} is the audience the row is restricted to, or empty for everyone. */
    public record Row(String activity, List<Integer> responsible, List<Integer> accountable, List<Integer> consulted,
                      List<Integer> informed, String audience, SourcePos pos) {
        public Row {
            Objects.requireNonNull(activity, "activity");
            responsible = List.copyOf(responsible);
            accountable = List.copyOf(accountable);
            consulted = List.copyOf(consulted);
            informed = List.copyOf(informed);
            Objects.requireNonNull(audience, "audience");
        }

        /** Whether the role does the work or answers for it: responsible or accountable. */
        public boolean holds(int role) {
            return responsible.contains(role) || accountable.contains(role);
        }

        /** R, A, C, I or "" for a role in this row (A wins over R when a role is both). */
        public String letterFor(int role) {
            if (accountable.contains(role)) return responsible.contains(role) ? "A/R" : "A";
            if (responsible.contains(role)) return "R";
            if (consulted.contains(role)) return "C";
            if (informed.contains(role)) return "I";
            return "";
        }
    }
}
