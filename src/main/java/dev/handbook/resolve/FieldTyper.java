package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Cadence;
import dev.handbook.model.FieldSpec;
import dev.handbook.model.Page;
import dev.handbook.model.TypeSchema;
import dev.handbook.model.TypedValue;
import dev.handbook.model.Value;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks each page's front matter against its type's schema and turns it into {@link TypedValue}s:
 * unknown fields (a warning, with the closest known name), missing required fields, values of the
 * wrong kind, and references to pages that do not exist or have another type are reported at the
 * offending key or value. References to pages the edition hides become hidden references.
 */
final class FieldTyper {
    /** Fields every page may carry, whatever its type. */
    static final Map<String, FieldSpec> COMMON = common();
    /** Fields every page may carry that other steps read and check (the assembler, the checker). */
    static final Set<String> READ_ELSEWHERE = Set.of("title", "description", "type", "weight", "draft", "reviewed",
            "tags", "audience", "cascade", "check_ignore", "nav_title", "aliases", "redirect_from");
    /** Types that need no schema file. */
    static final Set<String> UNTYPED = Set.of("page", "section", "home");
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9._/-]*");

    private final Map<String, TypeSchema> schemas;
    private final Map<String, Map<String, Integer>> byTypeAndSlug = new HashMap<>();
    private final Map<String, String> typeOfSlug = new HashMap<>();
    private final Set<String> hiddenRefs;
    private final Audiences audiences;
    private final String edition;
    private final int sprintWeeks;
    private final Consumer<Diagnostic> report;

    FieldTyper(List<Page> pages, Map<String, TypeSchema> schemas, Set<String> hiddenRefs, Audiences audiences,
               int sprintWeeks, Consumer<Diagnostic> report) {
        this.schemas = schemas;
        this.hiddenRefs = hiddenRefs;
        this.audiences = audiences;
        this.edition = audiences.name(audiences.edition());
        this.sprintWeeks = sprintWeeks;
        this.report = report;
        for (Page p : pages) {
            byTypeAndSlug.computeIfAbsent(p.type(), k -> new HashMap<>()).putIfAbsent(p.slug(), p.index());
            typeOfSlug.putIfAbsent(p.slug(), p.type());
        }
    }

    private static Map<String, FieldSpec> common() {
        Map<String, FieldSpec> m = new LinkedHashMap<>();
        m.put("review_every", FieldSpec.simple("review_every", FieldSpec.Kind.INTEGER));
        m.put("owner", FieldSpec.simple("owner", FieldSpec.Kind.OWNER));
        return m;
    }

    /** Types every field of the page that its schema or the common fields describe. */
    Map<String, TypedValue> type(Page page) {
        if (GeneratedPages.isGenerated(page)) return Map.of();
        TypeSchema schema = schemas.get(page.type());
        if (schema == null) {
            if (!UNTYPED.contains(page.type())) unknownType(page);
            schema = TypeSchema.untyped(page.type());
        }
        Map<String, TypedValue> out = new LinkedHashMap<>();
        Value.Dict fields = page.fields();
        for (Value.Entry e : fields.entries().values()) {
            FieldSpec spec = schema.fields().get(e.key());
            if (spec == null && READ_ELSEWHERE.contains(e.key())) continue;
            if (spec == null) spec = COMMON.get(e.key());
            if (spec == null) {
                Set<String> known = new TreeSet<>(schema.fields().keySet());
                known.addAll(COMMON.keySet());
                known.addAll(READ_ELSEWHERE);
                Diagnostic d = Diagnostic.warning(e.keyPos(), "unknown field '%s' for a %s%s", e.key(),
                        schema.label().toLowerCase(Locale.ROOT), ForeignFields.didYouMean(e.key(), known))
                        .withRule("unknown-field");
                report.accept(ForeignFields.hint(e.key()).map(d::withHint).orElse(d));
                continue;
            }
            value(spec, e.value()).ifPresent(v -> out.put(e.key(), v));
        }
        for (FieldSpec spec : schema.fields().values()) {
            if (out.containsKey(spec.name()) || fields.entries().containsKey(spec.name())) continue;
            if (spec.fallback().isPresent()) {
                value(spec, spec.fallback().get()).ifPresent(v -> out.put(spec.name(), v));
            } else if (spec.required()) {
                report.accept(Diagnostic.error(new SourcePos(page.displayPath(), 1, 1),
                        "%s is missing required field '%s' (%s)", schema.label().toLowerCase(Locale.ROOT),
                        spec.name(), spec.describe()).withRule("schema"));
            }
        }
        return out;
    }

    private void unknownType(Page page) {
        Set<String> known = new TreeSet<>(schemas.keySet());
        known.addAll(UNTYPED);
        SourcePos pos = page.fields().get("type").map(Value::pos).orElse(page.pos());
        report.accept(Diagnostic.error(pos, "unknown type '%s'%s", page.type(), Suggestions.didYouMean(page.type(), known))
                .withHint("types: " + String.join(", ", known)).withRule("schema"));
    }

    private Optional<TypedValue> value(FieldSpec spec, Value v) {
        if (v instanceof Value.Scalar s && s.isNull()) return Optional.empty();
        return switch (spec.kind()) {
            case LIST -> list(spec, v);
            case OBJECT -> object(spec, v);
            default -> scalar(spec, v).flatMap(s -> typed(spec, s));
        };
    }

    private Optional<TypedValue> list(FieldSpec spec, Value v) {
        List<Value> items = v instanceof Value.Seq seq ? seq.items() : List.of(v);
        if (v instanceof Value.Dict) return wrong(spec, v);
        List<TypedValue> out = new ArrayList<>();
        FieldSpec item = spec.of().orElseThrow();
        for (Value i : items) value(item, i).ifPresent(out::add);
        return Optional.of(new TypedValue.Items(out, v.pos()));
    }

    /**
     * A mapping, such as one team member. A mapping with an {@code audience} key is a data row only
     * that audience may read: outside its edition it is left out entirely.
     */
    private Optional<TypedValue> object(FieldSpec spec, Value v) {
        if (!(v instanceof Value.Dict d)) return wrong(spec, v);
        Optional<Value> audience = d.get("audience");
        if (audience.isPresent()) {
            java.util.OptionalInt rank = audiences.rankOf(audience.get(), report);
            if (rank.isPresent() && !audiences.visible(rank.getAsInt())) return Optional.empty();
        }
        Map<String, TypedValue> out = new LinkedHashMap<>();
        for (Value.Entry e : d.entries().values()) {
            FieldSpec sub = spec.fields().get(e.key());
            if (sub == null) {
                report.accept(Diagnostic.warning(e.keyPos(), "unknown field '%s' in %s%s", e.key(), spec.name(),
                        Suggestions.didYouMean(e.key(), spec.fields().keySet())).withRule("unknown-field"));
                continue;
            }
            value(sub, e.value()).ifPresent(x -> out.put(e.key(), x));
        }
        for (FieldSpec sub : spec.fields().values()) {
            if (sub.required() && !d.entries().containsKey(sub.name())) {
                report.accept(Diagnostic.error(d.pos(), "missing '%s' (%s)", sub.name(), sub.describe()).withRule("schema"));
            }
        }
        return Optional.of(new TypedValue.Obj(out, d.pos()));
    }

    private Optional<Value.Scalar> scalar(FieldSpec spec, Value v) {
        if (v instanceof Value.Scalar s) return Optional.of(s);
        wrong(spec, v);
        return Optional.empty();
    }

    private Optional<TypedValue> typed(FieldSpec spec, Value.Scalar s) {
        String t = s.text().strip();
        SourcePos pos = s.pos();
        switch (spec.kind()) {
            case TEXT:
                return Optional.of(new TypedValue.Text(s.text(), pos));
            case INTEGER:
                try {
                    return Optional.of(new TypedValue.Int(Integer.parseInt(t), pos));
                } catch (NumberFormatException e) {
                    return wrong(spec, s);
                }
            case BOOLEAN:
                if (t.equals("true") || t.equals("false")) return Optional.of(new TypedValue.Bool(t.equals("true"), pos));
                return wrong(spec, s);
            case DATE:
                return Dates.parse(t).<TypedValue>map(d -> new TypedValue.Day(d, pos)).or(() -> wrong(spec, s));
            case DURATION:
                return duration(t).<TypedValue>map(d -> new TypedValue.Span(d, pos)).or(() -> wrong(spec, s));
            case CADENCE:
                return Cadence.parse(t, sprintWeeks).<TypedValue>map(c -> new TypedValue.Every(c, pos)).or(() -> wrong(spec, s));
            case ENUM:
                if (spec.values().contains(t)) return Optional.of(new TypedValue.Text(t, pos));
                report.accept(Diagnostic.error(pos, "%s must be one of %s, found '%s'%s", spec.name(),
                        String.join(", ", spec.values()), t, Suggestions.didYouMean(t, spec.values())).withRule("schema"));
                return Optional.empty();
            case REF:
                return ref(spec, t, pos);
            case OWNER:
                if (HANDLE.matcher(t).matches()) return Optional.of(new TypedValue.Handle(t, pos));
                return ref(ownerSpec(spec), t, pos);
            default:
                throw new IllegalStateException("not a scalar kind: " + spec.kind());
        }
    }

    private static FieldSpec ownerSpec(FieldSpec owner) {
        return new FieldSpec(owner.name(), FieldSpec.Kind.REF, false, Optional.empty(), Map.of(), List.of("role", "team"),
                List.of(), List.of(), Optional.empty(), "", owner.pos());
    }

    /** Resolves a slug among the pages of the types the field names. */
    private Optional<TypedValue> ref(FieldSpec spec, String slug, SourcePos pos) {
        if (spec.literals().contains(slug)) {
            return Optional.of(new TypedValue.Ref(slug, Optional.empty(), Optional.of(slug), pos));
        }
        for (String type : spec.to()) {
            Integer page = byTypeAndSlug.getOrDefault(type, Map.of()).get(slug);
            if (page != null) return Optional.of(new TypedValue.Ref(slug, Optional.of(page), Optional.empty(), pos));
        }
        for (String type : spec.to()) {
            if (hiddenRefs.contains(type + ":" + slug)) {
                report.accept(Diagnostic.warning(pos, "%s refers to '%s', which is not in the '%s' edition; it is left out",
                        spec.name(), slug, edition).withRule("hidden-link"));
                return Optional.of(new TypedValue.Ref(slug, Optional.empty(), Optional.empty(), pos));
            }
        }
        String what = String.join(" or ", spec.to());
        String other = typeOfSlug.get(slug);
        if (other != null) {
            report.accept(Diagnostic.error(pos, "'%s' is a %s, but %s must name a %s", slug, other, spec.name(), what)
                    .withRule("reference"));
            return Optional.empty();
        }
        Set<String> candidates = new TreeSet<>(spec.literals());
        for (String type : spec.to()) candidates.addAll(byTypeAndSlug.getOrDefault(type, Map.of()).keySet());
        report.accept(Diagnostic.error(pos, "unknown %s '%s'%s", what, slug, Suggestions.didYouMean(slug, candidates))
                .withRule("reference"));
        return Optional.empty();
    }

    private Optional<TypedValue> wrong(FieldSpec spec, Value v) {
        String found = v instanceof Value.Scalar s && !s.isNull() ? "'" + s.text() + "'" : v.kindName();
        report.accept(Diagnostic.error(v.pos(), "%s must be %s, found %s", spec.name(), spec.describe(), found)
                .withRule("schema"));
        return Optional.empty();
    }

    /** "15m", "1h", "1h30m", "90 min", or a bare number of minutes. */
    static Optional<Duration> duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("minutes", "m").replace("minute", "m")
                .replace("hours", "h").replace("hour", "h").replace("mins", "m");
        if (t.matches("\\d+")) return Optional.of(Duration.ofMinutes(Long.parseLong(t)));
        Matcher m = DURATION.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) return Optional.empty();
        long minutes = (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 60)
                + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
    }
}
