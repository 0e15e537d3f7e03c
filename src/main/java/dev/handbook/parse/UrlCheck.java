package dev.handbook.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts a link destination into external, same-page anchor or internal path, and refuses schemes
 * outside the allow-list. The scheme is read the way a browser would after every decoding an
 * attacker could use: HTML entities (already undone by Flexmark), percent-encoding, and the
 * whitespace and control characters browsers ignore inside a scheme ({@code JAVA\tSCRIPT:}).
 */
final class UrlCheck {
    static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    sealed interface Target permits External, Anchor, Internal, Refused {
    }

    record External(String url) implements Target {
    }

    record Anchor(String id) implements Target {
    }

    /** A path under content/ (normalised, decoded) with an optional anchor. */
    record Internal(String path, String anchor) implements Target {
    }

    record Refused(String reason) implements Target {
    }

    private UrlCheck() {
    }

    static Target classify(String url, String folder) {
        String trimmed = url.strip();
        Optional<String> scheme = scheme(trimmed);
        if (scheme.isPresent()) {
            return ALLOWED_SCHEMES.contains(scheme.get())
                    ? new External(trimmed)
                    : new Refused("link scheme '" + scheme.get() + ":' is not allowed (allowed: http, https, mailto, tel)");
        }
        if (trimmed.startsWith("//")) return new External("https:" + trimmed);
        if (trimmed.isEmpty()) return new Refused("empty link destination");
        if (trimmed.startsWith("#")) return new Anchor(decode(trimmed.substring(1)));
        int hash = trimmed.indexOf('#');
        String path = hash < 0 ? trimmed : trimmed.substring(0, hash);
        String anchor = hash < 0 ? "" : decode(trimmed.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        return normalise(folder, decode(path))
                .<Target>map(p -> new Internal(p, anchor))
                .orElseGet(() -> new Refused("link '" + url + "' leads outside content/"));
    }

    /**
     * The scheme of a URL, lower case, as a browser reads it, or empty for a relative URL. A scheme
     * is a letter followed by letters, digits, '+', '-' and '.' (RFC 3986), so {@code foo):bar} has
     * none: it is a relative link. Read after percent-decoding and without the whitespace and
     * control characters browsers ignore, so {@code java%73cript:} and {@code java\tscript:} are
     * still {@code javascript}.
     */
    static Optional<String> scheme(String url) {
        String decoded = decode(url);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == ':') {
                return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString().toLowerCase(Locale.ROOT));
            }
            if (c <= ' ') continue; // browsers strip tabs, newlines and controls inside a scheme
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean other = c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
            if (!letter && !(other && sb.length() > 0)) return Optional.empty();
            sb.append(c);
        }
        return Optional.empty();
    }

    /**
     * Resolves {@code relative} against {@code folder} (both under content/). A leading '/' means
     * the content root. Empty when the path climbs above the root.
     */
    static Optional<String> normalise(String folder, String relative) {
        if (relative.isEmpty()) return Optional.empty();
        String joined = relative.startsWith("/") ? relative.substring(1)
                : folder.isEmpty() ? relative : folder + "/" + relative;
        boolean trailingSlash = joined.endsWith("/");
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String path = String.join("/", parts);
        return Optional.of(trailingSlash && !path.isEmpty() ? path + "/" : path);
    }

    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
