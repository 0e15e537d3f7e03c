package dev.handbook.render;

import java.nio.charset.StandardCharsets;

/**
 * Relative URLs between pages of the site. Every link climbs to the site root and goes down to the
 * target's file ({@code ../../ways/retro/index.html}), so the site works from {@code file://}, on
 * any server and under any base path, and no page depends on where the site is published.
 */
final class Urls {
    private Urls() {
    }

    /** "../" once per folder of {@code fromUrl} ({@code roles/em/} gives "../../"; the home page ""). */
    static String root(String fromUrl) {
        int depth = 0;
        for (int i = 0; i < fromUrl.length(); i++) if (fromUrl.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    /** Link from a page to a file of the site, percent-encoded. */
    static String href(String root, String sitePath) {
        return root + encodePath(sitePath);
    }

    static String encodePath(String path) {
        int first = 0;
        while (first < path.length() && safe(path.charAt(first))) first++;
        if (first == path.length()) return path;
        StringBuilder sb = new StringBuilder(path.length() + 16).append(path, 0, first);
        for (int i = first; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c < 0x80 && safe((char) c)) {
                sb.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /**
     * Characters a path keeps as they are; every other one is percent-encoded. A table, because
     * every sidebar entry of every page goes through here (a chain of comparisons was 8% of rendering).
     */
    private static final boolean[] SAFE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            SAFE[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        }
    }

    private static boolean safe(char c) {
        return c < 128 && SAFE[c];
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static String fragment(String anchor) {
        return anchor.isEmpty() ? "" : "#" + encodePath(anchor);
    }
}
