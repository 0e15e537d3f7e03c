package dev.handbook.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that looks like template syntax but that the source's generator showed as written: MkDocs
 * and GitHub run no templates in Markdown, and Jekyll shows what a {@code raw} block holds. Handbook
 * would show it as written too, but with a {@code foreign-syntax} warning; escaping the second
 * character ({@code {\{ base_url }}}, a CommonMark backslash escape) shows the same characters and
 * tells the build they are meant. Only where a backslash escape works: not in code, not on a line
 * that may be an indented code block or an HTML block, not inside an HTML tag.
 */
final class LiteralText {
    /** An opening the build would warn about, when its closing follows before a blank line (as the build looks). */
    private static final Pattern OPENING = Pattern.compile("\\{\\{[^\\n]*?}}|\\{%[^\\n]*?%}|<%[^\\n]*?%>");

    private LiteralText() {
    }

    /** The text with every such opening escaped; counts each under {@code kind}. */
    static String escape(String text, Tally tally, String kind) {
        return escape(text, at -> true, tally, kind);
    }

    /** The same for the openings at offsets {@code within} accepts only. */
    static String escape(String text, java.util.function.IntPredicate within, Tally tally, String kind) {
        Code code = Code.of(text);
        Matcher m = OPENING.matcher(text);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (m.find()) {
            String r = m.group();
            if (within.test(m.start()) && escapable(text, m.start(), code)) {
                r = r.charAt(0) + "\\" + r.substring(1);
                count++;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        tally.rewrote(kind, count);
        return sb.toString();
    }

    /** Whether a backslash before {@code text.charAt(at + 1)} is read as an escape and not shown. */
    static boolean escapable(String text, int at, Code code) {
        if (code.at(at)) return false;
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(lineStart, at);
        // Four spaces or a tab may start an indented code block, '<' an HTML block: a backslash would show there.
        if (before.startsWith("    ") || before.startsWith("\t") || before.stripLeading().startsWith("<")) return false;
        return before.lastIndexOf('<') <= before.lastIndexOf('>');
    }
}
