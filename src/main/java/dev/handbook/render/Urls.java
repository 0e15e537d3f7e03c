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
        StringBuilder sb = null;
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            int n = Character.charCount(c);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
            if (!ok && sb == null) sb = new StringBuilder(path.length() + 16).append(path, 0, i);
            if (sb != null) {
                if (ok) {
                    sb.appendCodePoint(c);
                } else {
                    for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
            }
            i += n;
        }
        return sb == null ? path : sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static String fragment(String anchor) {
        return anchor.isEmpty() ? "" : "#" + encodePath(anchor);
    }
}
