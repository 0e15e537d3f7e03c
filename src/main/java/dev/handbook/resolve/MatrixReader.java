package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Matrix;
import dev.handbook.model.Page;
import dev.handbook.model.Value;
import dev.handbook.parse.ParsedData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads {@code content/responsibilities.yml}:
 *
 * <pre>{@code
 * activities:
 *   - activity: Prioritization of work
 *     responsible: [product-manager]
 *     accountable: engineering-manager
 *     consulted: [tech-lead]
 *     informed: [engineer]
 *     audience: managers        # optional: the row only appears in that edition
 * }</pre>
 *
 * Each activity has exactly one accountable role and at least one responsible role, and every role
 * named must be a role page.
 */
final class MatrixReader {
    static final String FILE = "responsibilities.yml";
    private static final Set<String> KEYS = Set.of("activity", "responsible", "accountable", "consulted", "informed",
            "audience");

    private MatrixReader() {
    }

    static Optional<Matrix> read(List<ParsedData> data, List<Page> pages, Audiences audiences,
                                 Consumer<Diagnostic> report) {
        Optional<ParsedData> file = data.stream().filter(d -> d.path().equals(FILE)).findFirst();
        if (file.isEmpty()) return Optional.empty();
        Map<String, Integer> roles = new TreeMap<>();
        for (Page p : pages) if (p.type().equals("role")) roles.put(p.slug(), p.index());
        Value root = file.get().value();
        Optional<Value> activities = root instanceof Value.Dict d ? d.get("activities") : Optional.empty();
        if (activities.isEmpty() || !(activities.get() instanceof Value.Seq rows)) {
            report.accept(Diagnostic.error(root.pos(), "%s must have 'activities:', a list of rows", FILE).withRule("matrix"));
            return Optional.empty();
        }
        List<Matrix.Row> out = new ArrayList<>();
        for (Value row : rows.items()) {
            if (!(row instanceof Value.Dict r)) {
                report.accept(Diagnostic.error(row.pos(), "each activity is a mapping with activity, responsible, "
                        + "accountable, consulted and informed").withRule("matrix"));
                continue;
            }
            row(r, roles, audiences, report).ifPresent(out::add);
        }
        return Optional.of(new Matrix(out, file.get().displayPath()));
    }

    private static Optional<Matrix.Row> row(Value.Dict r, Map<String, Integer> roles, Audiences audiences,
                                            Consumer<Diagnostic> report) {
        for (Value.Entry e : r.entries().values()) {
            if (!KEYS.contains(e.key())) {
                report.accept(Diagnostic.warning(e.keyPos(), "unknown key '%s'%s", e.key(),
                        Suggestions.didYouMean(e.key(), KEYS)).withRule("matrix"));
            }
        }
        Optional<Value> name = r.get("activity");
        if (name.isEmpty() || !(name.get() instanceof Value.Scalar n) || n.isNull()) {
            report.accept(Diagnostic.error(r.pos(), "a row needs 'activity:', the name of the activity").withRule("matrix"));
            return Optional.empty();
        }
        String activity = n.text();
        List<Integer> responsible = roles(r, "responsible", roles, report);
        List<Integer> accountable = roles(r, "accountable", roles, report);
        List<Integer> consulted = roles(r, "consulted", roles, report);
        List<Integer> informed = roles(r, "informed", roles, report);
        int written = r.get("accountable").map(MatrixReader::count).orElse(0);
        if (written != 1) {
            report.accept(Diagnostic.error(r.get("accountable").map(Value::pos).orElse(n.pos()),
                    "activity '%s' has %s; exactly one role is accountable", activity,
                    written == 0 ? "no accountable role" : written + " accountable roles").withRule("matrix"));
        }
        if (r.get("responsible").map(MatrixReader::count).orElse(0) == 0) {
            report.accept(Diagnostic.error(r.get("responsible").map(Value::pos).orElse(n.pos()),
                    "activity '%s' has no responsible role; name at least one", activity).withRule("matrix"));
        }
        String audience = "";
        Optional<Value> a = r.get("audience");
        if (a.isPresent()) {
            OptionalInt rank = audiences.rankOf(a.get(), report);
            if (rank.isPresent() && !audiences.visible(rank.getAsInt())) return Optional.empty();
            if (rank.isPresent() && rank.getAsInt() > 0) audience = audiences.name(rank.getAsInt());
        }
        return Optional.of(new Matrix.Row(activity, responsible, accountable, consulted, informed, audience, n.pos()));
    }

    private static int count(Value v) {
        return v instanceof Value.Seq s ? s.items().size() : v instanceof Value.Scalar sc && !sc.isNull() ? 1 : 0;
    }

    private static List<Integer> roles(Value.Dict r, String key, Map<String, Integer> roles, Consumer<Diagnostic> report) {
        Optional<Value> v = r.get(key);
        if (v.isEmpty()) return List.of();
        List<Value> items = v.get() instanceof Value.Seq s ? s.items() : List.of(v.get());
        List<Integer> out = new ArrayList<>();
        for (Value item : items) {
            if (!(item instanceof Value.Scalar s) || s.isNull()) {
                report.accept(Diagnostic.error(item.pos(), "%s must list role slugs", key).withRule("matrix"));
                continue;
            }
            Integer role = roles.get(s.text());
            if (role == null) {
                report.accept(Diagnostic.error(item.pos(), "unknown role '%s'%s", s.text(),
                        Suggestions.didYouMean(s.text(), roles.keySet())).withRule("reference"));
            } else if (!out.contains(role)) {
                out.add(role);
            }
        }
        return out;
    }

}
