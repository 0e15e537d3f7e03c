package dev.handbook.parse;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;

import java.util.List;

/**
 * A link destination in angle brackets with a space ({@code [x](<my page.md>)}) is a link in
 * CommonMark, but Flexmark reads no space there and takes {@code <my page.md>} for an HTML tag, so
 * the link is never made. Each one is a warning at its position, since the reader would otherwise
 * see the brackets and lose the destination without the author knowing.
 */
final class SpacedDestinations {
    private SpacedDestinations() {
    }

    static void report(Document doc, String text, LineMap lines, List<Diagnostic> diags) {
        if (!text.contains("](<")) return;
        for (Node n = doc.getFirstChild(); n != null; n = MarkdownConverter.next(n, doc, true)) {
            if (!(n instanceof HtmlInline html)) continue;
            int start = html.getStartOffset();
            int end = html.getEndOffset();
            String tag = html.getChars().toString();
            boolean destination = start >= 2 && text.startsWith("](", start - 2) && end < text.length()
                    && text.charAt(end) == ')' && tag.indexOf(' ') > 0 && tag.indexOf('\n') < 0;
            if (!destination) continue;
            diags.add(Diagnostic.warning(lines.pos(start), "the link destination %s holds a space, which Handbook's "
                    + "Markdown parser does not read inside <...>: no link is made, and %s is taken for raw HTML",
                    tag, tag).withHint("write each space as %20: (" + tag.substring(1, tag.length() - 1).replace(" ", "%20")
                    + ")").withRule("link-syntax"));
        }
    }
}
