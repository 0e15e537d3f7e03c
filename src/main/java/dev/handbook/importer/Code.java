package dev.handbook.importer;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Markdown text has code: fenced blocks and inline code spans. Conversions of Markdown
 * syntax (callouts, alerts, issue links) leave code alone, as the generators did; template syntax
 * (Liquid, shortcodes, ERB) is read inside code too, since the generators ran it there.
 */
final class Code {
    private static final Pattern FENCE = Pattern.compile("(?m)^( {0,3})(`{3,}|~{3,})[^\\n]*$");
    private static final Pattern SPAN = Pattern.compile("(`+)(?!`)[\\s\\S]*?(?<!`)\\1(?!`)");

    private final BitSet code;

    private Code(BitSet code) {
        this.code = code;
    }

    static Code of(String text) {
        BitSet bits = new BitSet(text.length());
        Matcher m = FENCE.matcher(text);
        int from = 0;
        while (m.find(from)) {
            String fence = m.group(2);
            int start = m.start();
            Matcher close = Pattern.compile("(?m)^ {0,3}" + Pattern.quote(String.valueOf(fence.charAt(0))) + "{"
                    + fence.length() + ",}\\s*$").matcher(text);
            int end = close.find(m.end()) ? close.end() : text.length();
            bits.set(start, end);
            from = Math.min(text.length(), end);
            if (from >= text.length()) break;
        }
        Matcher s = SPAN.matcher(text);
        while (s.find()) {
            if (!bits.get(s.start())) bits.set(s.start(), s.end());
        }
        return new Code(bits);
    }

    boolean at(int offset) {
        return code.get(offset);
    }

    /** Whether the line starting at {@code offset} lies in a fenced block (or is one of its fences). */
    boolean lineInBlock(int offset) {
        return code.get(offset);
    }
}
