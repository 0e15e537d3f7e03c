package dev.handbook.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes values as YAML text, quoting only what YAML would otherwise read as something else. */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_ ./()-]*");
    private static final java.util.Set<String> SPECIAL = java.util.Set.of("true", "false", "yes", "no", "on", "off",
            "null", "~", "y", "n");

    private YamlText() {
    }

    /** A scalar: plain when that reads back as the same text, else double-quoted. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ") && !SPECIAL.contains(text.toLowerCase(java.util.Locale.ROOT))
                && !text.matches("[0-9._-]+")) {
            return text;
        }
        return quoted(text);
    }

    static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A value of {@link Toml} (or built like it) in flow style: {@code [a, b]}, {@code {k: v}}. */
    static String flow(Object value) {
        if (value instanceof Toml.Bare b) return b.text();
        if (value instanceof String s) return scalar(s);
        if (value instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int k = 0; k < l.size(); k++) sb.append(k == 0 ? "" : ", ").append(flow(l.get(k)));
            return sb.append(']').toString();
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ").append(key(String.valueOf(e.getKey()))).append(": ").append(flow(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        return quoted(String.valueOf(value));
    }

    static String key(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : quoted(key);
    }

    /** A mapping of TOML values as block YAML, one top-level key a line. */
    static String block(Map<String, Object> map) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            sb.append(key(e.getKey())).append(": ").append(flow(e.getValue())).append('\n');
        }
        return sb.toString();
    }
}
