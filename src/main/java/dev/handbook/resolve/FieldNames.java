package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Front-matter names a team kept from another tool, read as Handbook's fields: with
 * {@code fields: {last_reviewed_on: reviewed}} in handbook.yml, {@code last_reviewed_on: 2024-05-01}
 * is the page's {@code reviewed} date. Each value keeps its position, so a problem with it points at
 * the line the author wrote.
 */
final class FieldNames {
    private FieldNames() {
    }

    static Value.Dict rename(Value.Dict fields, Map<String, String> names, Consumer<Diagnostic> report) {
        if (names.isEmpty() || fields.entries().keySet().stream().noneMatch(names::containsKey)) return fields;
        Map<String, Value.Entry> out = new LinkedHashMap<>();
        for (Value.Entry e : fields.entries().values()) {
            String to = names.get(e.key());
            if (to == null) {
                out.putIfAbsent(e.key(), e);
            } else if (fields.entries().containsKey(to)) {
                report.accept(Diagnostic.warning(e.keyPos(), "'%s' stands for '%s' (handbook.yml, fields:), which this "
                        + "page sets too; '%s' is ignored", e.key(), to, e.key()).withRule("front-matter"));
            } else {
                out.put(to, new Value.Entry(to, e.keyPos(), e.value()));
            }
        }
        return new Value.Dict(out, fields.pos());
    }
}
