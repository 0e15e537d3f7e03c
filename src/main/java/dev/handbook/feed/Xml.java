package dev.handbook.feed;

import java.nio.charset.StandardCharsets;

/** Escaping for the feed: XML text and attributes, and URL paths. */
final class Xml {
    private Xml() {
    }

    /**
     * Text as XML character data. Characters XML 1.0 cannot hold at all, even escaped (most
     * control characters, a lone surrogate), become U+FFFD, so a commit subject with a stray escape
     * code still gives a feed every reader can parse, with a mark where the character was.
     */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else {
                        sb.append(allowed(c) ? c : '\uFFFD');
                    }
                }
            }
        }
        return sb.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }

    /** A site path with every byte outside {@code a-z A-Z 0-9 / - _ . ~} percent-encoded, as sitemap.xml writes them. */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-_.~".indexOf(c) >= 0;
            if (ok) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }
}
