package dev.handbook.importer;

import dev.handbook.config.YamlReader;
import dev.handbook.diag.Staged;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration files of other generators (mkdocs.yml, _config.yml, hugo.toml, tech-docs.yml) as
 * plain values: {@code Map}, {@code List} and {@code String}. YAML goes through Handbook's safe
 * reader, so a tag such as {@code !!python/name:} is only text, never code.
 */
final class Configs {
    private Configs() {
    }

    static Optional<Map<String, Object>> read(SrcTree tree, String path) {
        Optional<String> text = tree.text(path);
        if (text.isEmpty()) return Optional.empty();
        if (path.endsWith(".toml")) return Toml.read(text.get()).map(Configs::plainToml);
        Staged<Optional<Value>> yaml = YamlReader.read(path, text.get(), 1);
        if (yaml.hasErrors() || yaml.value().isEmpty() || !(yaml.value().get() instanceof Value.Dict d)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) plain(d);
        return Optional.of(map);
    }

    static Object plain(Value v) {
        if (v instanceof Value.Scalar s) return s.isNull() ? "" : s.text();
        if (v instanceof Value.Seq seq) {
            List<Object> out = new ArrayList<>();
            for (Value item : seq.items()) out.add(plain(item));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Value.Entry e : ((Value.Dict) v).entries().values()) out.put(e.key(), plain(e.value()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainToml(Map<String, Object> toml) {
        return (Map<String, Object>) plainTomlValue(toml);
    }

    private static Object plainTomlValue(Object v) {
        if (v instanceof Toml.Bare b) return b.text();
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) out.add(plainTomlValue(o));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plainTomlValue(x)));
            return out;
        }
        return v;
    }

    /** The text at a path of keys ({@code "params", "description"}), if it is text. */
    static Optional<String> text(Map<String, Object> map, String... keys) {
        Object o = at(map, keys);
        return o instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> map(Map<String, Object> map, String... keys) {
        Object o = at(map, keys);
        return o instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
    }

    static Object at(Map<String, Object> map, String... keys) {
        Object o = map;
        for (String k : keys) {
            if (!(o instanceof Map<?, ?> m)) return null;
            o = m.get(k);
        }
        return o;
    }

    /** Merges {@code over} into {@code under}, key by key, deeply. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> under, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(under);
        over.forEach((k, v) -> {
            Object u = out.get(k);
            if (u instanceof Map<?, ?> um && v instanceof Map<?, ?> vm) {
                out.put(k, merge((Map<String, Object>) um, (Map<String, Object>) vm));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }
}
