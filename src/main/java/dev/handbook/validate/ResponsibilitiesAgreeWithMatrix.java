package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Matrix;
import dev.handbook.model.Role;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A responsibility a role page lists that names an activity of the responsibility matrix (its title
 * is the activity's name, or begins with it and a comma, colon or dash: see
 * {@link Matrix#findActivity}) must be one the matrix makes the role responsible or accountable for,
 * and the roles it is shared {@code with} must be too. Anything else is a contradiction a reader
 * sees side by side, reported at the page's words with the matrix row it contradicts. Prose is not
 * read: what a sentence claims cannot be told precisely.
 */
final class ResponsibilitiesAgreeWithMatrix implements Rule {
    @Override
    public void check(ResolvedSite site, Consumer<Diagnostic> report) {
        Optional<Matrix> matrix = site.matrix();
        if (matrix.isEmpty()) return;
        for (Role role : site.projections().roles()) {
            for (Role.Responsibility r : role.responsibilities()) {
                Optional<Matrix.Row> row = r.title().flatMap(matrix.get()::findActivity);
                if (row.isEmpty()) continue;
                if (!row.get().holds(role.page())) {
                    report.accept(claim(site, r.pos(), role.page(), row.get(), matrix.get(), "gives '%s' the responsibility"));
                    continue;
                }
                for (TypedValue.Ref with : r.with()) {
                    if (with.page().isPresent() && !row.get().holds(with.page().get())) {
                        report.accept(claim(site, with.pos(), with.page().get(), row.get(), matrix.get(),
                                "shares with '%s' the responsibility"));
                    }
                }
            }
        }
    }

    /** {@code claim} says what the page does to the role: "gives '%s' the responsibility". */
    private static Diagnostic claim(ResolvedSite site, dev.handbook.diag.SourcePos at, int role, Matrix.Row row,
                                    Matrix matrix, String claim) {
        String letter = row.letterFor(role);
        String part = switch (letter) {
            case "C" -> "only consulted on";
            case "I" -> "only informed of";
            default -> "no part in";
        };
        String slug = site.page(role).slug();
        return Diagnostic.warning(at, "the page " + claim + " '%s', but the matrix makes it %s it (%s:%d)",
                        slug, row.activity(), part, matrix.displayPath(), row.pos().line())
                .withHint("make '" + slug + "' responsible or accountable in " + matrix.displayPath()
                        + ", or take it off the page: a role page's responsibilities come from the matrix")
                .withRule("responsibility-matrix");
    }
}
