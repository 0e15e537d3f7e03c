package dev.handbook.resolve;

import dev.handbook.model.Link;
import dev.handbook.model.Page;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms a link to a page takes in handbooks written for other generators or for GitHub, all of
 * which name the page {@code content/docs/overview.md} (published at {@code docs/overview/}):
 * <ul>
 *   <li>the file's path, {@code overview.md} or {@code /docs/overview.md} (Handbook, GitHub, MkDocs),
 *       also with a slash after it ({@code overview.md/});</li>
 *   <li>a site URL: {@code /docs/overview/}, {@code /docs/overview}, {@code /docs/overview.html},
 *       {@code /docs/overview/index.html} (Jekyll, Hugo, Middleman, GitHub Pages);</li>
 *   <li>a URL relative to the page: from {@code docs/concepts.md}, published at {@code docs/concepts/},
 *       {@code ../overview/} is read from the page's address as the browser would, after the
 *       reading from the file's folder found nothing;</li>
 *   <li>a folder: {@code /docs/} names the folder's page ({@code _index.md}, {@code index.md},
 *       {@code docs.md} beside it, or its {@code README.md}).</li>
 * </ul>
 * Each may carry a {@code #anchor}.
 */
final class LinkForms {
    private LinkForms() {
    }

    /**
     * The paths a link may mean, in the order they are tried: from the page's folder (the parser's
     * reading), then, for a relative URL that is not a file's path, from the page's address.
     */
    static List<String> readings(Page from, Link link) {
        List<String> out = new ArrayList<>(2);
        out.add(link.target());
        String raw = link.raw();
        int query = raw.indexOf('?');
        if (query >= 0) raw = raw.substring(0, query);
        if (raw.isEmpty() || raw.startsWith("/") || isMarkdown(raw)) return out;
        String folder = from.url().isEmpty() ? "" : from.url().substring(0, from.url().length() - 1);
        normalise(folder, decode(raw)).filter(p -> !p.equals(link.target())).ifPresent(out::add);
        return out;
    }

    /** Whether the last segment has no extension: {@code docs/overview} may be {@code docs/overview.md}. */
    static boolean bare(String target) {
        return !target.isEmpty() && !target.endsWith("/") && name(target).indexOf('.') < 0;
    }

    /** Whether the target is written as a file ({@code .md}, an image...) rather than as a site URL. */
    static boolean isFilePath(String target) {
        if (target.isEmpty() || target.endsWith("/")) return false;
        String lower = name(target).toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot > 0 && !lower.endsWith(".html") && !lower.endsWith(".htm");
    }

    /** Paths of files the target names in another spelling: {@code overview.md/} is {@code overview.md}. */
    static List<String> filePaths(String target) {
        if (target.endsWith("/") && isMarkdown(target.substring(0, target.length() - 1))) {
            return List.of(target.substring(0, target.length() - 1));
        }
        return List.of();
    }

    /** The page URLs (as {@link Page#url()}: {@code docs/overview/}, the home page "") a site URL names. */
    static List<String> urls(String target) {
        if (target.isEmpty() || target.endsWith("/")) return List.of(target);
        String lower = name(target).toLowerCase(Locale.ROOT);
        if (lower.equals("index.html") || lower.equals("index.htm")) {
            String folder = PageAssembler.folderOf(target);
            return List.of(folder.isEmpty() ? "" : folder + "/");
        }
        if (lower.endsWith(".html")) return List.of(target.substring(0, target.length() - 5) + "/");
        if (lower.endsWith(".htm")) return List.of(target.substring(0, target.length() - 4) + "/");
        if (bare(target)) return List.of(target + "/");
        return List.of();
    }

    /** The target without the parts its forms differ in: {@code docs/overview/index.html} gives {@code docs/overview}. */
    static String base(String target) {
        String t = target;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith("index.html") && (t.length() == 10 || t.charAt(t.length() - 11) == '/')) {
            t = t.substring(0, t.length() - 10);
        }
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        lower = t.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".html", ".htm", ".markdown", ".md")) {
            if (lower.endsWith(ext)) return t.substring(0, t.length() - ext.length());
        }
        return t;
    }

    /** The relative path from a folder under content/ to a file under content/ ({@code ../ways/retro.md}). */
    static String relative(String fromFolder, String toPath) {
        String[] from = fromFolder.isEmpty() ? new String[0] : fromFolder.split("/");
        String[] to = toPath.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) sb.append("../");
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) sb.append('/');
        }
        return sb.toString();
    }

    static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Resolves a relative URL against a folder, as the parser does; empty when it climbs above the root. */
    static Optional<String> normalise(String folder, String relative) {
        String joined = folder.isEmpty() ? relative : folder + "/" + relative;
        boolean trailingSlash = joined.endsWith("/");
        ArrayDeque<String> parts = new ArrayDeque<>();
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

    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
