package dev.handbook.render;

import dev.handbook.model.Matrix;
import dev.handbook.model.Messages;
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
            roles.forEach((page, role) -> cells.add(cell(site.messages(), row.letterFor(page), role)));
            List<MatrixPart> parts = new ArrayList<>();
            Messages words = site.messages();
            part(parts, words.text("matrix.part.accountable"), "a", row.accountable(), roles);
            part(parts, words.text("matrix.part.responsible"), "r", row.responsible(), roles);
            part(parts, words.text("matrix.part.consulted"), "c", row.consulted(), roles);
            part(parts, words.text("matrix.part.informed"), "i", row.informed(), roles);
            rows.add(new OverviewViews.MatrixRow(row.activity(), cells, parts,
                    row.audience().isEmpty() ? null : row.audience()));
        }
        return new OverviewViews.MatrixView(List.copyOf(roles.values()), rows);
    }

    private static MatrixCell cell(Messages words, String letter, MatrixRole role) {
        if (letter.isEmpty()) return new MatrixCell("", "", "", role.key());
        return new MatrixCell(letter, letter.toLowerCase(Locale.ROOT).replace('/', '-'),
                words.format("matrix.cell", Map.of("role", role.title(), "part", spoken(words, letter))), role.key());
    }

    /** The letter in words, in the site's language: "A/R" is "accountable and responsible". */
    static String spoken(Messages words, String letter) {
        return switch (letter) {
            case "A/R" -> words.text("matrix.letter.a_r");
            case "A" -> words.text("matrix.letter.a");
            case "R" -> words.text("matrix.letter.r");
            case "C" -> words.text("matrix.letter.c");
            case "I" -> words.text("matrix.letter.i");
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
