package dev.handbook.parse;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;
import dev.handbook.diag.Suggestions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the audience blocks an edition may not read before Markdown parsing even starts: their
 * lines are blanked (every character but the newline becomes a space), so nothing in them can
 * surface anywhere, not even a footnote or link definition used from outside the block, and every
 * other offset in the file stays where it was. Blocks for an unknown audience and blocks never
 * closed are errors and are blanked too, since only a known, closed block can be shown safely.
 * Blocks start at the beginning of a line (up to three spaces of indent) outside code fences.
 */
final class AudienceFilter {
    private static final Pattern OPEN = Pattern.compile("^ {0,3}(:::\\s*audience\\s+(\\S+))\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^ {0,3}:::\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private AudienceFilter() {
    }

    static String apply(String text, ParseSettings settings, LineMap lines, List<Diagnostic> diags) {
        if (!text.contains(":::")) return text;
        char[] out = null;
        String fence = null;
        int blockStart = -1;
        String audience = null;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) fence = null;
            } else {
                Matcher f = FENCE.matcher(line);
                Matcher open = OPEN.matcher(line);
                if (f.find()) {
                    fence = f.group(1);
                } else if (blockStart < 0 && open.matches()) {
                    blockStart = pos + open.start(1);
                    audience = open.group(2);
                } else if (blockStart >= 0 && CLOSE.matcher(line).matches()) {
                    if (!keep(audience, blockStart, settings, lines, diags)) out = blank(out, text, blockStart, end);
                    blockStart = -1;
                }
            }
            pos = end + 1;
        }
        if (blockStart >= 0) {
            diags.add(Diagnostic.error(lines.pos(blockStart), "audience block is never closed: end it with a line ':::'")
                    .withRule("audience"));
            out = blank(out, text, blockStart, text.length());
        }
        return out == null ? text : new String(out);
    }

    private static boolean keep(String audience, int at, ParseSettings settings, LineMap lines, List<Diagnostic> diags) {
        if (!settings.audiences().contains(audience)) {
            diags.add(Diagnostic.error(lines.pos(at), "unknown audience '%s'%s", audience,
                    Suggestions.didYouMean(audience, settings.audiences()))
                    .withHint("audiences are declared in handbook.yml: " + String.join(", ", settings.audiences()))
                    .withRule("audience"));
            return false;
        }
        return settings.visible(audience);
    }

    private static char[] blank(char[] out, String text, int from, int to) {
        char[] chars = out != null ? out : text.toCharArray();
        for (int i = from; i < to; i++) if (chars[i] != '\n') chars[i] = ' ';
        return chars;
    }
}
