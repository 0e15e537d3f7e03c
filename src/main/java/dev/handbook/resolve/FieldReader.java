package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads front-matter values by the kind a field expects, reporting a wrong kind at the value's
 * position. YAML's implicit typing never decides: {@code NO} is the text "NO", and a boolean must
 * be written {@code true} or {@code false}.
 */
final class FieldReader {
    private final Value.Dict fields;
    private final Consumer<Diagnostic> report;

    FieldReader(Value.Dict fields, Consumer<Diagnostic> report) {
        this.fields = fields;
        this.report = report;
    }

    Optional<String> text(String key) {
        Optional<Value> v = fields.get(key);
        if (v.isEmpty()) return Optional.empty();
        if (v.get() instanceof Value.Scalar s) return s.isNull() ? Optional.empty() : Optional.of(s.text());
        wrong(key, v.get(), "text");
        return Optional.empty();
    }

    Optional<Integer> integer(String key) {
        return scalar(key).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.text().strip()));
            } catch (NumberFormatException e) {
                wrong(key, s, "a whole number");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String key) {
        return scalar(key).flatMap(s -> {
            String t = s.text().strip();
            if (s.plain() && (t.equals("true") || t.equals("false"))) return Optional.of(t.equals("true"));
            wrong(key, s, "true or false");
            return Optional.empty();
        });
    }

    Optional<LocalDate> date(String key) {
        return scalar(key).flatMap(s -> {
            Optional<LocalDate> d = Dates.parse(s.text());
            if (d.isEmpty()) wrong(key, s, "a date written YYYY-MM-DD");
            return d;
        });
    }

    /** A list of text values; a single text value counts as a list of one. */
    List<String> textList(String key) {
        Optional<Value> v = fields.get(key);
        if (v.isEmpty()) return List.of();
        if (v.get() instanceof Value.Scalar s) return s.isNull() ? List.of() : List.of(s.text());
        if (!(v.get() instanceof Value.Seq seq)) {
            wrong(key, v.get(), "a list of text values");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Value item : seq.items()) {
            if (item instanceof Value.Scalar s && !s.isNull()) out.add(s.text());
            else wrong(key, item, "text");
        }
        return out;
    }

    Optional<Value.Dict> dict(String key) {
        Optional<Value> v = fields.get(key);
        if (v.isEmpty()) return Optional.empty();
        if (v.get() instanceof Value.Dict d) return Optional.of(d);
        wrong(key, v.get(), "a mapping of fields");
        return Optional.empty();
    }

    private Optional<Value.Scalar> scalar(String key) {
        Optional<Value> v = fields.get(key);
        if (v.isEmpty()) return Optional.empty();
        if (v.get() instanceof Value.Scalar s) return s.isNull() ? Optional.empty() : Optional.of(s);
        wrong(key, v.get(), "a single value");
        return Optional.empty();
    }

    private void wrong(String key, Value v, String expected) {
        String found = v instanceof Value.Scalar s && !s.isNull() ? "'" + s.text() + "'" : v.kindName();
        report.accept(Diagnostic.error(v.pos(), "%s must be %s, found %s", key, expected, found)
                .withRule("front-matter"));
    }
}
