package dev.handbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of TOML that Hugo sites write in front matter and config files: {@code key = value}
 * with strings, numbers, booleans, dates, arrays and inline tables, dotted keys, {@code [tables]}
 * and {@code [[arrays of tables]]}. Values become {@code String}, {@code List} and {@code Map}
 * (insertion-ordered); numbers, booleans and dates stay the text they were written as, marked
 * {@link Bare} so YAML gets them unquoted. Anything else makes the whole text unreadable (empty),
 * and the importer then leaves the file as it was.
 */
final class Toml {
    /** A value written without quotes: a number, boolean or date. */
    record Bare(String text) {
    }

    private final String s;
    private int i;

    private Toml(String s) {
        this.s = s;
    }

    static Optional<Map<String, Object>> read(String text) {
        try {
            return Optional.of(new Toml(text).document());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> document() {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> table = root;
        while (true) {
            skipBlankAndComments();
            if (i >= s.length()) return root;
            if (s.startsWith("[[", i)) {
                i += 2;
                List<String> key = key();
                expect("]]");
                table = new LinkedHashMap<>();
                arrayOfTables(root, key).add(table);
            } else if (s.charAt(i) == '[') {
                i++;
                List<String> key = key();
                expect("]");
                table = tableAt(root, key);
            } else {
                List<String> key = key();
                skipSpaces();
                expect("=");
                skipSpaces();
                Object value = value();
                put(table, key, value);
            }
            skipSpaces();
            if (i < s.length() && s.charAt(i) == '#') while (i < s.length() && s.charAt(i) != '\n') i++;
            if (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') throw new IllegalArgumentException("junk");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tableAt(Map<String, Object> root, List<String> key) {
        Map<String, Object> t = root;
        for (String k : key) {
            Object o = t.computeIfAbsent(k, x -> new LinkedHashMap<String, Object>());
            if (o instanceof List<?> l && !l.isEmpty() && l.get(l.size() - 1) instanceof Map) {
                o = l.get(l.size() - 1);
            }
            if (!(o instanceof Map)) throw new IllegalArgumentException("not a table");
            t = (Map<String, Object>) o;
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> arrayOfTables(Map<String, Object> root, List<String> key) {
        Map<String, Object> parent = tableAt(root, key.subList(0, key.size() - 1));
        Object o = parent.computeIfAbsent(key.get(key.size() - 1), x -> new ArrayList<Object>());
        if (!(o instanceof List)) throw new IllegalArgumentException("not an array");
        return (List<Object>) o;
    }

    private static void put(Map<String, Object> table, List<String> key, Object value) {
        Map<String, Object> t = tableAt(table, key.subList(0, key.size() - 1));
        if (t.put(key.get(key.size() - 1), value) != null) throw new IllegalArgumentException("duplicate key");
    }

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (i >= s.length()) throw new IllegalArgumentException("key");
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                parts.add(string());
            } else {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_-".indexOf(s.charAt(i)) >= 0)) i++;
                if (i == start) throw new IllegalArgumentException("key");
                parts.add(s.substring(start, i));
            }
            skipSpaces();
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                continue;
            }
            return parts;
        }
    }

    private Object value() {
        if (i >= s.length()) throw new IllegalArgumentException("value");
        char c = s.charAt(i);
        if (c == '"' || c == '\'') return string();
        if (c == '[') return array();
        if (c == '{') return inlineTable();
        int start = i;
        while (i < s.length() && "\n\r,]}#".indexOf(s.charAt(i)) < 0) i++;
        String bare = s.substring(start, i).strip();
        if (!bare.matches("[+-]?[0-9][0-9_]*(\\.[0-9_]+)?([eE][+-]?[0-9]+)?|true|false|inf|nan"
                + "|\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?|\\d{2}:\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("bare value");
        }
        return new Bare(bare);
    }

    private List<Object> array() {
        i++;
        List<Object> out = new ArrayList<>();
        while (true) {
            skipBlankAndComments();
            if (i >= s.length()) throw new IllegalArgumentException("array");
            if (s.charAt(i) == ']') {
                i++;
                return out;
            }
            out.add(value());
            skipBlankAndComments();
            if (i < s.length() && s.charAt(i) == ',') i++;
        }
    }

    private Map<String, Object> inlineTable() {
        i++;
        Map<String, Object> out = new LinkedHashMap<>();
        while (true) {
            skipSpaces();
            if (i >= s.length()) throw new IllegalArgumentException("table");
            if (s.charAt(i) == '}') {
                i++;
                return out;
            }
            List<String> key = key();
            skipSpaces();
            expect("=");
            skipSpaces();
            put(out, key, value());
            skipSpaces();
            if (i < s.length() && s.charAt(i) == ',') i++;
        }
    }

    private String string() {
        char q = s.charAt(i);
        boolean multi = s.startsWith(String.valueOf(q).repeat(3), i);
        String end = multi ? String.valueOf(q).repeat(3) : String.valueOf(q);
        i += end.length();
        if (multi && i < s.length() && s.charAt(i) == '\n') i++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw new IllegalArgumentException("string");
            if (s.startsWith(end, i)) {
                i += end.length();
                return sb.toString();
            }
            char c = s.charAt(i++);
            if (c == '\n' && !multi) throw new IllegalArgumentException("string");
            if (c == '\\' && q == '"') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("escape");
                }
            } else {
                sb.append(c);
            }
        }
    }

    private void expect(String token) {
        if (!s.startsWith(token, i)) throw new IllegalArgumentException("expected " + token);
        i += token.length();
    }

    private void skipSpaces() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
    }

    private void skipBlankAndComments() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else {
                return;
            }
        }
    }
}
