package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Value;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Audiences as ranks: 0 is the widest ({@code everyone}), each later one narrower. An edition of
 * rank r holds everything of rank r or less, so the managers' edition is the whole handbook. A
 * page written for several audiences ({@code audience: [managers, hr]}) is readable by the widest
 * of them.
 */
record Audiences(List<String> names, int edition) {
    static Audiences of(List<String> names, String edition) {
        return new Audiences(List.copyOf(names), names.indexOf(edition));
    }

    boolean visible(int rank) {
        return rank <= edition;
    }

    String name(int rank) {
        return names.get(rank);
    }

    /** The rank an {@code audience:} value asks for, reporting unknown names. */
    OptionalInt rankOf(Value value, Consumer<Diagnostic> report) {
        List<Value> items = value instanceof Value.Seq seq ? seq.items() : List.of(value);
        int best = Integer.MAX_VALUE;
        for (Value item : items) {
            if (!(item instanceof Value.Scalar s) || s.isNull()) {
                report.accept(Diagnostic.error(item.pos(), "audience must be a name or a list of names, found %s",
                        item.kindName()).withRule("audience"));
                continue;
            }
            int rank = names.indexOf(s.text());
            if (rank < 0) {
                report.accept(Diagnostic.error(item.pos(), "unknown audience '%s'%s", s.text(),
                        Suggestions.didYouMean(s.text(), names))
                        .withHint("audiences are declared in handbook.yml: " + String.join(", ", names))
                        .withRule("audience"));
                // An unknown name must never widen what a page's author meant to restrict.
                rank = names.size() - 1;
            }
            best = Math.min(best, rank);
        }
        return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
