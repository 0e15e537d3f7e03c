package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.List;
import java.util.Objects;

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
