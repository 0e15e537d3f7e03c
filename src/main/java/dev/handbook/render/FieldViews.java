package dev.handbook.render;

import dev.handbook.model.FieldSpec;
import dev.handbook.model.Page;
import dev.handbook.model.TypeSchema;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generic view of a page's typed fields, for the types a handbook adds (the built-in ones have
 * typed views of their own, see {@link TypeViews}): text as strings, dates as YYYY-MM-DD (the fact
 * sheet writes them as the language does), durations as "1 h 30 min", cadences by name, references
 * as {@link Views.LinkView}s (hidden ones left out), lists as lists and mappings as {@link FieldMap}s. Every field of the type's schema is present,
 * null or an empty list when the page does not set it, so templates under strict variables can test for it.
 */
final class FieldViews {
    private FieldViews() {
    }

    static FieldMap of(ResolvedSite site, Page page, String root) {
        TypeSchema schema = site.schema(page);
        if (schema.fields().isEmpty()) return FieldMap.EMPTY;
        Map<String, TypedValue> typed = site.fields(page.index());
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (FieldSpec spec : schema.fields().values()) {
            TypedValue v = typed.get(spec.name());
            out.put(spec.name(), v == null ? empty(spec) : value(site, spec, v, root));
        }
        return new FieldMap(out);
    }

    /** The schema's fields as label/value rows, for a generic fact sheet of a type without its own layout. */
    static List<Views.Fact> facts(ResolvedSite site, Page page, String root) {
        List<Views.Fact> out = new ArrayList<>();
        TypeSchema schema = site.schema(page);
        Map<String, TypedValue> typed = site.fields(page.index());
        for (FieldSpec spec : schema.fields().values()) {
            TypedValue v = typed.get(spec.name());
            if (v == null) continue;
            // A reference to a page this edition leaves out is no fact here, not the word "null".
            Object shown = v instanceof TypedValue.Day d ? site.messages().date(d.date()) : value(site, spec, v, root);
            text(shown).ifPresent(t -> out.add(new Views.Fact(label(spec.name()), t)));
        }
        return out;
    }

    private static Object empty(FieldSpec spec) {
        return spec.kind() == FieldSpec.Kind.LIST ? List.of() : null;
    }

    private static Object value(ResolvedSite site, FieldSpec spec, TypedValue v, String root) {
        if (v instanceof TypedValue.Text t) return t.text();
        if (v instanceof TypedValue.Int i) return i.value();
        if (v instanceof TypedValue.Bool b) return b.value();
        if (v instanceof TypedValue.Day d) return d.date().toString();
        if (v instanceof TypedValue.Span s) return Words.duration(site.messages(), s.duration());
        if (v instanceof TypedValue.Every e) return e.cadence().label(site.messages());
        if (v instanceof TypedValue.Handle h) return new Views.LinkView(h.handle(), null);
        if (v instanceof TypedValue.Ref r) return Links.ref(site, r, root).orElse(null);
        if (v instanceof TypedValue.Items items) {
            List<Object> out = new ArrayList<>();
            FieldSpec itemSpec = spec.of().orElse(spec);
            for (TypedValue item : items.items()) {
                Object o = value(site, itemSpec, item, root);
                if (o != null) out.add(o);
            }
            return out;
        }
        TypedValue.Obj obj = (TypedValue.Obj) v;
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (FieldSpec sub : spec.fields().values()) {
            TypedValue x = obj.fields().get(sub.name());
            out.put(sub.name(), x == null ? empty(sub) : value(site, sub, x, root));
        }
        return new FieldMap(out);
    }

    /** A value as the text of one fact: links by title, lists joined, a mapping as "Label: value" pairs; nothing when empty. */
    private static Optional<String> text(Object o) {
        if (o == null) return Optional.empty();
        if (o instanceof Views.LinkView l) return Optional.of(l.title());
        if (o instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object x : list) text(x).ifPresent(parts::add);
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
        }
        if (o instanceof FieldMap map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, x) -> text(x).ifPresent(t -> parts.add(label(k) + ": " + t)));
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
        }
        String plain = String.valueOf(o);
        return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
    }

    /** "definition_of_done" reads as "Definition of done". */
    static String label(String key) {
        String s = key.replace('_', ' ').replace('-', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
