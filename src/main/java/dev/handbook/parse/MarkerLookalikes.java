package dev.handbook.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph line that starts like a content tab, an admonition or a collapsible but is none
 * ({@code === Linux}, {@code !!! "No type"}) stays the text it is, as CommonMark reads it; when it
 * looks meant as one (a quote follows the marker, or the next line is indented for a body) it is
 * also a warning at its position, since the body the author indented now shows as plain text or code.
 */
final class MarkerLookalikes {
    private static final Pattern LINE = Pattern.compile("(===|!!!|\\?\\?\\?)[!+]*[ \\t]+(\\S.*)");
    private static final String QUOTES = "\"'\u201c\u2018\u201e";
    private static final int BODY_INDENT = 4;

    private MarkerLookalikes() {
    }

    static void report(Paragraph p, LineMap lines, List<Diagnostic> diags) {
        for (BasedSequence line : p.getContentLines()) {
            int at = line.countLeadingSpaceTab();
            if (at >= line.length()) continue;
            char c = line.charAt(at);
            if (c != '=' && c != '!' && c != '?') continue; // the cheap test, for every line of every paragraph
            Matcher m = LINE.matcher(line.subSequence(at).trimEnd());
            if (!m.matches()) continue;
            int offset = line.getStartOffset() + at;
            boolean quoted = QUOTES.indexOf(m.group(2).charAt(0)) >= 0;
            if (!quoted && !indentedBodyFollows(line.getBaseSequence(), line.getEndOffset(), column(line.getBaseSequence(), offset))) {
                continue;
            }
            String marker = m.group(1);
            String written = line.subSequence(at).trimEnd().toString();
            if (written.length() > 60) written = written.substring(0, 57) + "...";
            diags.add(Diagnostic.warning(lines.pos(offset), "'%s' is no %s: it is shown as text", written, what(marker))
                    .withHint(hint(marker)).withRule("marker-syntax"));
        }
    }

    private static String what(String marker) {
        return switch (marker) {
            case "===" -> "content tab";
            case "???" -> "collapsible";
            default -> "admonition";
        };
    }

    private static String hint(String marker) {
        return switch (marker) {
            case "===" -> "a tab's label stands in double quotes: === \"Linux\"; to show the line as text, "
                    + "write \\=== instead";
            default -> "write the type, then the title in double quotes: " + marker + " note \"Title\"; to show "
                    + "the line as text, write \\" + marker + " instead";
        };
    }

    /** The column of {@code offset} in its line. */
    private static int column(BasedSequence text, int offset) {
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n') start--;
        return offset - start;
    }

    /** Whether the first non-blank line after {@code end} is indented by four or more beyond {@code column}. */
    private static boolean indentedBodyFollows(BasedSequence text, int end, int column) {
        int i = end;
        while (i < text.length()) {
            int spaces = 0;
            int j = i;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                spaces += text.charAt(j) == '\t' ? 4 - spaces % 4 : 1;
                j++;
            }
            if (j >= text.length()) return false;
            if (text.charAt(j) != '\n' && text.charAt(j) != '\r') return spaces >= column + BODY_INDENT;
            i = j + 1;
        }
        return false;
    }
}
