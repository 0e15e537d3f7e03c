package dev.handbook.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * What a URL in a rendered page points at, read the way a browser resolves it against the page's
 * own location: a file of the site (with a fragment), another site, or something the check
 * leaves alone ({@code mailto:}, {@code tel:}, {@code data:}...).
 */
final class SiteUrl {
    sealed interface Target permits Local, External, Outside, Ignored {
    }

    /** A file of the site, by its path under the output folder, and the fragment without '#' ("" for none). */
    record Local(String path, String fragment) implements Target {
    }

    /** An http(s) URL of another site, without its fragment. */
    record External(String url) implements Target {
    }

    /** A relative URL that climbs above the site's root. */
    record Outside() implements Target {
    }

    record Ignored() implements Target {
    }

    private SiteUrl() {
    }

    /** Resolves {@code href} as written in the page at site path {@code from} ({@code roles/em/index.html}). */
    static Target resolve(String from, String href) {
        String h = href.strip();
        int colon = schemeEnd(h);
        if (colon > 0) {
            String s = h.substring(0, colon).toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? new External(withoutFragment(h)) : new Ignored();
        }
        if (h.startsWith("//")) return new External("https:" + withoutFragment(h));
        int hash = h.indexOf('#');
        String fragment = hash < 0 ? "" : decode(h.substring(hash + 1));
        String path = hash < 0 ? h : h.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        path = decode(path);
        if (path.isEmpty()) return new Local(from, fragment);
        String joined = path.startsWith("/") ? path.substring(1) : folderOf(from) + path;
        Deque<String> parts = new ArrayDeque<>();
        boolean folder = joined.isEmpty() || joined.endsWith("/");
        for (String part : joined.split("/", -1)) {
            folder = part.isEmpty() || part.equals(".") || part.equals("..");
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return new Outside();
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String resolved = String.join("/", parts);
        if (folder) resolved = resolved.isEmpty() ? "index.html" : resolved + "/index.html";
        return new Local(resolved, fragment);
    }

    /** Where the scheme of an absolute URL ends ({@code https:} gives 5), or -1 for a relative URL. */
    private static int schemeEnd(String url) {
        if (url.isEmpty() || !isLetter(url.charAt(0))) return -1;
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') return i;
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') return -1;
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** "roles/em/" for "roles/em/index.html"; "" for a file at the root. */
    static String folderOf(String sitePath) {
        return sitePath.substring(0, sitePath.lastIndexOf('/') + 1);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Percent-decoding of a path ('+' stays '+'); a malformed escape leaves the text as written. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
