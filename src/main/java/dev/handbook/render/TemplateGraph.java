package dev.handbook.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which templates a layout reads, found by following the names in its {@code extends},
 * {@code include}, {@code import}, {@code embed} and {@code from} tags. A name given by an
 * expression instead of a string cannot be followed, so such a layout counts as reading every template.
 */
final class TemplateGraph {
    private static final Pattern TAG = Pattern.compile(
            "\\{%-?\\s*(?:extends|include|import|embed|from)\\s+(\\S[^%]*?)\\s*-?%}");
    private static final Pattern LITERAL = Pattern.compile("^(?:\"([^\"]*)\"|'([^']*)')");

    private TemplateGraph() {
    }

    /**
     * A digest of every template the theme chain offers, by name, taking each name from the first
     * folder that has it (as the loader does); static files and type schemas are not templates.
     */
    static java.util.SortedMap<String, String> digests(java.util.List<Path> dirs) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = dir.relativize(p).toString().replace('\\', '/');
                    if (name.startsWith("static/") || name.startsWith("types/") || out.containsKey(name)) continue;
                    out.put(name, digest(Files.readAllBytes(p)));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                out.put("(unreadable) " + dir, e.toString()); // differs from any digest: everything counts as changed
            }
        }
        return out;
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean uses(PathLoader loader, String layout, Set<String> templates) {
        if (templates.isEmpty()) return false;
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(layout);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!seen.add(name)) continue;
            if (templates.contains(name)) return true;
            Optional<Set<String>> named = namedIn(loader, name);
            if (named.isEmpty()) return true;
            todo.addAll(named.get());
        }
        return false;
    }

    /** The templates one template names; empty when it names one through an expression. */
    static Optional<Set<String>> namedIn(PathLoader loader, String name) {
        Optional<Path> file = loader.find(name);
        if (file.isEmpty()) return Optional.of(Set.of()); // a missing template fails the render on its own
        String text;
        try {
            text = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        Set<String> out = new HashSet<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            Matcher lit = LITERAL.matcher(m.group(1));
            if (!lit.find()) return Optional.empty();
            out.add(lit.group(1) != null ? lit.group(1) : lit.group(2));
        }
        return Optional.of(out);
    }
}
