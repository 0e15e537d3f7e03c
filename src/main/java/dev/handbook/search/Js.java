package dev.handbook.search;

import java.util.List;

/** Writes JSON values inside the index's JavaScript files: ASCII only, so no charset can garble them. */
final class Js {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Js() {
    }

    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E || c == '<') {
                        sb.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) sb.append(HEX[(c >> shift) & 0xF]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    static StringBuilder strings(StringBuilder sb, List<String> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(',');
            string(sb, items.get(i));
        }
        return sb.append(']');
    }

    static StringBuilder ints(StringBuilder sb, int[] items) {
        sb.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(items[i]);
        }
        return sb.append(']');
    }
}
