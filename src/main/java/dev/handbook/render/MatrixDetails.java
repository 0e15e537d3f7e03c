package dev.handbook.render;

import dev.handbook.model.Matrix;
import dev.handbook.model.Page;
import dev.handbook.model.Role;
import dev.handbook.render.OverviewViews.MatrixCell;
import dev.handbook.render.OverviewViews.MatrixPart;
import dev.handbook.render.OverviewViews.MatrixRole;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the responsibility matrix: a column per role in reading order, a row per activity, and
 * for each cell the words a screen reader says instead of the letter.
 */
final class MatrixDetails {
    private MatrixDetails() {
    }

    static OverviewViews.MatrixView of(ResolvedSite site, String root) {
        Map<Integer, MatrixRole> roles = new LinkedHashMap<>();
        for (Role role : site.projections().roles()) {
            Page p = site.page(role.page());
            roles.put(role.page(), new MatrixRole(p.title(), Urls.href(root, p.outputPath()), p.slug(),
                    Links.audience(site, p)));
        }
        List<OverviewViews.MatrixRow> rows = new ArrayList<>();
        for (Matrix.Row row : site.matrix().map(Matrix::rows).orElse(List.of())) {
            List<MatrixCell> cells = new ArrayList<>();
            roles.forEach((page, role) -> cells.add(cell(row.letterFor(page), role)));
            List<MatrixPart> parts = new ArrayList<>();
            part(parts, "Accountable", "a", row.accountable(), roles);
            part(parts, "Responsible", "r", row.responsible(), roles);
            part(parts, "Consulted", "c", row.consulted(), roles);
            part(parts, "Informed", "i", row.informed(), roles);
            rows.add(new OverviewViews.MatrixRow(row.activity(), cells, parts,
                    row.audience().isEmpty() ? null : row.audience()));
        }
        return new OverviewViews.MatrixView(List.copyOf(roles.values()), rows);
    }

    private static MatrixCell cell(String letter, MatrixRole role) {
        if (letter.isEmpty()) return new MatrixCell("", "", "", role.key());
        return new MatrixCell(letter, letter.toLowerCase(Locale.ROOT).replace('/', '-'),
                role.title() + ": " + spoken(letter), role.key());
    }

    /** The letter in words: "A/R" is "accountable and responsible". */
    static String spoken(String letter) {
        return switch (letter) {
            case "A/R" -> "accountable and responsible";
            case "A" -> "accountable";
            case "R" -> "responsible";
            case "C" -> "consulted";
            case "I" -> "informed";
            default -> "";
        };
    }

    private static void part(List<MatrixPart> parts, String label, String css, List<Integer> who,
                             Map<Integer, MatrixRole> roles) {
        List<MatrixRole> in = new ArrayList<>();
        for (int r : who) if (roles.containsKey(r)) in.add(roles.get(r));
        if (!in.isEmpty()) parts.add(new MatrixPart(label, css, in));
    }
}
