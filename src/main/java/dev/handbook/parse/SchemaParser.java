package dev.handbook.parse;

import dev.handbook.config.YamlReader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.FieldSpec;
import dev.handbook.model.TypeSchema;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page type's schema file ({@code types/role.yml}):
 *
 * <pre>{@code
 * label: Role
 * plural: Roles
 * review_every: 180
 * fields:
 *   summary: {kind: text, required: true}
 *   reports_to: {kind: ref, to: role}
 *   attendees: {kind: list, of: {kind: ref, to: role, literals: [team]}}
 *   skills: {kind: list, of: text}        # a bare kind name is short for {kind: ...}
 * }</pre>
 */
public final class SchemaParser {
    private static final Set<String> TOP = Set.of("label", "plural", "review_every", "fields", "description");
    private static final Set<String> FIELD = Set.of("kind", "required", "of", "fields", "to", "literals", "values",
            "default", "description");
    private static final List<String> KINDS = Arrays.stream(FieldSpec.Kind.values()).map(FieldSpec.Kind::label).toList();

    private SchemaParser() {
    }

    public static Staged<Optional<TypeSchema>> parse(String name, String displayPath, String text) {
        Staged<Optional<Value>> yaml = YamlReader.read(displayPath, text, 1);
        List<Diagnostic> diags = new ArrayList<>(yaml.diagnostics());
        if (yaml.value().isEmpty()) return new Staged<>(Optional.empty(), diags);
        if (!(yaml.value().get() instanceof Value.Dict top)) {
            diags.add(error(yaml.value().get().pos(), "a type schema must be a mapping with label, plural and fields"));
            return new Staged<>(Optional.empty(), diags);
        }
        unknownKeys(top, TOP, diags);
        String label = text(top, "label", diags).orElse(capitalise(name));
        String plural = text(top, "plural", diags).orElse(label + "s");
        Optional<Integer> reviewEvery = text(top, "review_every", diags).flatMap(s -> positive(s, top, diags));
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        Optional<Value> f = top.get("fields");
        if (f.isPresent()) {
            if (f.get() instanceof Value.Dict fd) {
                for (Value.Entry e : fd.entries().values()) field(e.key(), e.value(), diags).ifPresent(s -> fields.put(e.key(), s));
            } else {
                diags.add(error(f.get().pos(), "fields must be a mapping of field name to its kind"));
            }
        }
        TypeSchema schema = new TypeSchema(name, label, plural, reviewEvery, fields, top.pos());
        return new Staged<>(diags.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : Optional.of(schema), diags);
    }

    private static Optional<FieldSpec> field(String name, Value v, List<Diagnostic> diags) {
        if (v instanceof Value.Scalar s) return kind(s.text(), s.pos(), diags).map(k -> simple(name, k, s.pos()));
        if (!(v instanceof Value.Dict d)) {
            diags.add(error(v.pos(), "field '%s' must be a kind name or a mapping with 'kind'", name));
            return Optional.empty();
        }
        unknownKeys(d, FIELD, diags);
        Optional<Value> kindValue = d.get("kind");
        if (kindValue.isEmpty() || !(kindValue.get() instanceof Value.Scalar ks)) {
            diags.add(error(d.pos(), "field '%s' needs a kind (%s)", name, String.join(", ", KINDS)));
            return Optional.empty();
        }
        Optional<FieldSpec.Kind> kind = kind(ks.text(), ks.pos(), diags);
        if (kind.isEmpty()) return Optional.empty();
        boolean required = text(d, "required", diags).map(t -> t.equals("true")).orElse(false);
        Optional<FieldSpec> of = d.get("of").flatMap(o -> field(name + "[]", o, diags));
        Map<String, FieldSpec> sub = new LinkedHashMap<>();
        d.get("fields").ifPresent(fv -> {
            if (fv instanceof Value.Dict fd) {
                for (Value.Entry e : fd.entries().values()) field(e.key(), e.value(), diags).ifPresent(s -> sub.put(e.key(), s));
            } else {
                diags.add(error(fv.pos(), "fields of '%s' must be a mapping", name));
            }
        });
        List<String> to = names(d, "to", diags);
        List<String> literals = names(d, "literals", diags);
        List<String> values = names(d, "values", diags);
        FieldSpec.Kind k = kind.get();
        if (k == FieldSpec.Kind.LIST && of.isEmpty()) diags.add(error(d.pos(), "list field '%s' needs 'of'", name));
        if (k == FieldSpec.Kind.REF && to.isEmpty()) diags.add(error(d.pos(), "ref field '%s' needs 'to: TYPE'", name));
        if (k == FieldSpec.Kind.ENUM && values.isEmpty()) diags.add(error(d.pos(), "enum field '%s' needs 'values'", name));
        if (k == FieldSpec.Kind.OBJECT && sub.isEmpty()) diags.add(error(d.pos(), "object field '%s' needs 'fields'", name));
        return Optional.of(new FieldSpec(name, k, required, of, sub, to, literals, values, d.get("default"),
                text(d, "description", diags).orElse(""), d.pos()));
    }

    private static FieldSpec simple(String name, FieldSpec.Kind kind, SourcePos pos) {
        return new FieldSpec(name, kind, false, Optional.empty(), Map.of(), List.of(), List.of(), List.of(),
                Optional.empty(), "", pos);
    }

    private static Optional<FieldSpec.Kind> kind(String text, SourcePos pos, List<Diagnostic> diags) {
        if (KINDS.contains(text)) return Optional.of(FieldSpec.Kind.valueOf(text.toUpperCase(Locale.ROOT)));
        diags.add(error(pos, "unknown kind '%s'%s", text, Suggestions.didYouMean(text, KINDS))
                .withHint("kinds: " + String.join(", ", KINDS)));
        return Optional.empty();
    }

    private static List<String> names(Value.Dict d, String key, List<Diagnostic> diags) {
        Optional<Value> v = d.get(key);
        if (v.isEmpty()) return List.of();
        if (v.get() instanceof Value.Scalar s) return List.of(s.text());
        List<String> out = new ArrayList<>();
        if (v.get() instanceof Value.Seq seq) {
            for (Value item : seq.items()) {
                if (item instanceof Value.Scalar s) out.add(s.text());
                else diags.add(error(item.pos(), "%s must be a list of names", key));
            }
        } else {
            diags.add(error(v.get().pos(), "%s must be a name or a list of names", key));
        }
        return out;
    }

    private static Optional<String> text(Value.Dict d, String key, List<Diagnostic> diags) {
        Optional<Value> v = d.get(key);
        if (v.isEmpty()) return Optional.empty();
        if (v.get() instanceof Value.Scalar s) return Optional.of(s.text());
        diags.add(error(v.get().pos(), "%s must be text", key));
        return Optional.empty();
    }

    private static Optional<Integer> positive(String s, Value.Dict d, List<Diagnostic> diags) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n > 0) return Optional.of(n);
        } catch (NumberFormatException ignored) {
            // reported below
        }
        diags.add(error(d.get("review_every").get().pos(), "review_every must be a whole number of days"));
        return Optional.empty();
    }

    private static void unknownKeys(Value.Dict d, Set<String> known, List<Diagnostic> diags) {
        for (Value.Entry e : d.entries().values()) {
            if (!known.contains(e.key())) {
                diags.add(Diagnostic.warning(e.keyPos(), "unknown schema key '%s'%s", e.key(),
                        Suggestions.didYouMean(e.key(), known)).withRule("schema"));
            }
        }
    }

    private static Diagnostic error(SourcePos pos, String format, Object... args) {
        return Diagnostic.error(pos, format, args).withRule("schema");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
