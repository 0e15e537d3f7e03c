package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code nav:}, {@code redirects:}, {@code fields:}, {@code acronyms:} and {@code link_style:}
 * of handbook.yml into {@link ContentSettings}. What a path names is checked later, when the pages
 * are known; here only the shape of each value is.
 */
final class ContentSettingsReader {
    static final List<String> KEYS = List.of("nav", "redirects", "fields", "acronyms", "link_style");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final List<Diagnostic> diags;

    private ContentSettingsReader(List<Diagnostic> diags) {
        this.diags = diags;
    }

    static ContentSettings read(Value.Dict map, List<Diagnostic> diags) {
        ContentSettingsReader r = new ContentSettingsReader(diags);
        List<ContentSettings.NavEntry> nav = map.get("nav").map(v -> r.navList(v, "nav")).orElse(List.of());
        List<ContentSettings.RedirectRule> redirects = map.get("redirects").map(r::redirects).orElse(List.of());
        Map<String, String> fields = map.get("fields").map(r::fields).orElse(Map.of());
        List<String> acronyms = map.get("acronyms").map(r::acronyms).orElse(List.of());
        boolean md = map.get("link_style").map(r::linkStyle).orElse(false);
        return new ContentSettings(nav, redirects, fields, acronyms, md);
    }

    private List<ContentSettings.NavEntry> navList(Value v, String where) {
        if (v instanceof Value.Scalar s && s.isNull()) return List.of();
        if (!(v instanceof Value.Seq seq)) {
            error(v, "%s must be a list of pages and groups, e.g. - Getting started: getting-started.md", where);
            return List.of();
        }
        List<ContentSettings.NavEntry> out = new ArrayList<>();
        for (Value item : seq.items()) navEntry(item, where).ifPresent(out::add);
        return out;
    }

    private Optional<ContentSettings.NavEntry> navEntry(Value item, String where) {
        if (item instanceof Value.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return Optional.of(new ContentSettings.NavEntry(Optional.empty(), Optional.of(s.text().strip()), List.of(),
                    s.pos()));
        }
        if (item instanceof Value.Dict d && d.entries().size() == 1) {
            Value.Entry e = d.entries().values().iterator().next();
            String label = e.key().strip();
            if (e.value() instanceof Value.Scalar s && !s.isNull() && !s.text().isBlank()) {
                return Optional.of(new ContentSettings.NavEntry(Optional.of(label), Optional.of(s.text().strip()),
                        List.of(), e.keyPos()));
            }
            if (e.value() instanceof Value.Seq) {
                return Optional.of(new ContentSettings.NavEntry(Optional.of(label), Optional.empty(),
                        navList(e.value(), where + " > " + label), e.keyPos()));
            }
            error(e.value(), "the nav entry '%s' must name a page (a path) or hold a list of entries", label);
            return Optional.empty();
        }
        error(item, "an entry of %s must be a path (getting-started.md) or one 'Label: path' or 'Label: [entries]', "
                + "found %s", where, item.kindName());
        return Optional.empty();
    }

    private List<ContentSettings.RedirectRule> redirects(Value v) {
        if (v instanceof Value.Scalar s && s.isNull()) return List.of();
        if (!(v instanceof Value.Dict d)) {
            error(v, "redirects must map each old address to its new page, e.g. /old/page/: new/page.md");
            return List.of();
        }
        List<ContentSettings.RedirectRule> out = new ArrayList<>();
        for (Value.Entry e : d.entries().values()) {
            if (e.value() instanceof Value.Scalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(new ContentSettings.RedirectRule(e.key().strip(), s.text().strip(), e.keyPos()));
            } else {
                error(e.value(), "redirects: '%s' must lead to a page (a path) or an http(s) URL", e.key());
            }
        }
        return out;
    }

    private Map<String, String> fields(Value v) {
        if (v instanceof Value.Scalar s && s.isNull()) return Map.of();
        if (!(v instanceof Value.Dict d)) {
            error(v, "fields must map a front-matter name to a Handbook field, e.g. last_reviewed_on: reviewed");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Value.Entry e : d.entries().values()) {
            if (e.value() instanceof Value.Scalar s && !s.isNull() && FIELD.matcher(s.text().strip()).matches()) {
                if (e.key().equals(s.text().strip())) {
                    diags.add(Diagnostic.warning(e.keyPos(), "fields: '%s' is mapped to itself", e.key()).withRule("config"));
                } else {
                    out.put(e.key(), s.text().strip());
                }
            } else {
                error(e.value(), "fields: '%s' must name one field, e.g. reviewed", e.key());
            }
        }
        return out;
    }

    private List<String> acronyms(Value v) {
        List<Value> items = v instanceof Value.Seq seq ? seq.items() : List.of(v);
        List<String> out = new ArrayList<>();
        for (Value item : items) {
            if (item instanceof Value.Scalar s && !s.isNull() && s.text().strip().matches("[\\p{L}\\p{N}]+")) {
                out.add(s.text().strip());
            } else if (!(item instanceof Value.Scalar s && s.isNull())) {
                error(item, "acronyms must be a list of single words as they are written, e.g. [API, 18F]");
            }
        }
        return out;
    }

    private boolean linkStyle(Value v) {
        if (v instanceof Value.Scalar s && !s.isNull()) {
            String t = s.text().strip();
            if (t.equals("md")) return true;
            if (t.equals("any")) return false;
        }
        error(v, "link_style must be 'any' (the default: every form a page can be reached by) or 'md' "
                + "(links are written as paths of .md files)");
        return false;
    }

    private void error(Value v, String format, Object... args) {
        diags.add(Diagnostic.error(v.pos(), format, args).withRule("config"));
    }
}
