package dev.handbook.parse;

import dev.handbook.config.YamlReader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The entries of a message file or of handbook.yml's {@code messages:}: key to text, where nested
 * mappings are keys joined with dots, so {@code search: {placeholder: Search}} and
 * {@code search.placeholder: Search} are the same entry.
 */
final class MessageEntries {
    /** A key and its text, with where each was written. */
    record Entry(String key, String text, SourcePos keyPos, SourcePos textPos) {
    }

    private static final Pattern KEY_PART = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    private MessageEntries() {
    }

    /** The entries of a message file's text, in the order written. */
    static Staged<Map<String, Entry>> read(String displayPath, String text, String rule) {
        Staged<Optional<Value>> yaml = YamlReader.read(displayPath, text, 1);
        List<Diagnostic> diags = new ArrayList<>(yaml.diagnostics());
        Map<String, Entry> out = new LinkedHashMap<>();
        if (yaml.value().isEmpty()) return new Staged<>(out, diags);
        if (yaml.value().get() instanceof Value.Dict d) {
            flatten("", d, out, diags, rule);
        } else {
            diags.add(Diagnostic.error(yaml.value().get().pos(), "a message file must be a mapping of keys to text, "
                    + "e.g. search.placeholder: \"Search\"").withRule(rule));
        }
        return new Staged<>(out, diags);
    }

    /** The entries of a mapping already read (handbook.yml's {@code messages:}). */
    static Staged<Map<String, Entry>> of(Value.Dict dict, String rule) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, Entry> out = new LinkedHashMap<>();
        flatten("", dict, out, diags, rule);
        return new Staged<>(out, diags);
    }

    private static void flatten(String prefix, Value.Dict dict, Map<String, Entry> out, List<Diagnostic> diags,
                                String rule) {
        for (Value.Entry e : dict.entries().values()) {
            String key = prefix + e.key();
            if (!KEY_PART.matcher(e.key()).matches()) {
                diags.add(Diagnostic.error(e.keyPos(), "message key '%s' must be lower-case letters, digits and '_', "
                        + "parts joined by '.'", key).withRule(rule));
                continue;
            }
            if (e.value() instanceof Value.Dict nested) {
                flatten(key + ".", nested, out, diags, rule);
            } else if (e.value() instanceof Value.Scalar s && !s.isNull()) {
                Entry before = out.get(key);
                if (before != null) {
                    diags.add(Diagnostic.error(e.keyPos(), "message '%s' is set twice (first at line %d)", key,
                            before.keyPos().line()).withRule(rule));
                    continue;
                }
                out.put(key, new Entry(key, s.text(), e.keyPos(), s.pos()));
            } else {
                diags.add(Diagnostic.error(e.value().pos(), "message '%s' must be text, found %s", key,
                        e.value().kindName()).withRule(rule));
            }
        }
    }
}
