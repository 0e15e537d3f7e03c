package dev.handbook.search;

import java.util.List;

/** Writes JSON values inside the index's JavaScript files: ASCII only, so no charset can garble them. */
final class Js {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Js() {
    }

    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        int run = 0; // start of the current run of characters written as they are
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' && c != '<') continue;
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    sb.append("\\u");
                    for (int shift = 12; shift >= 0; shift -= 4) sb.append(HEX[(c >> shift) & 0xF]);
                }
            }
        }
        return sb.append(s, run, s.length()).append('"');
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
