package dev.handbook.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Template syntax of other site generators, which a handbook would publish as text: Liquid tags
 * and output ({@code {% include x %}}, {@code {{ site.x }}}) of Jekyll, Hugo's shortcodes
 * ({@code {{< x >}}}, {@code {{% x %}}}) and ERB ({@code <% x %>}, {@code <%= x %>}). Each one
 * outside code is a warning at its position, naming where it comes from (rule
 * {@code foreign-syntax}); in a code span or block it is what the author means to show.
 */
final class ForeignSyntax {
    /** One syntax: how it opens and closes, and what to call it. Longer openings come first. */
    private record Form(String open, String close, String what) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("{{<", ">}}", "a Hugo shortcode"),
            new Form("{{%", "%}}", "a Hugo shortcode"),
            new Form("{%", "%}", "a Liquid tag (Jekyll)"),
            new Form("{{", "}}", "Liquid output (Jekyll)"),
            new Form("<%", "%>", "ERB (Ruby templates, as in Middleman)"));
    /** How far a closing delimiter may be: a tag longer than this is no tag that a handbook needs to hear about. */
    private static final int LONGEST = 400;

    private ForeignSyntax() {
    }

    /**
     * Reports every foreign tag in {@code text} (the page as parsed: front matter and other
     * editions' blocks blanked out) that is not inside code of {@code doc}.
     */
    static void report(Document doc, String text, LineMap lines, List<Diagnostic> diags) {
        if (text.indexOf("{%") < 0 && text.indexOf("{{") < 0 && text.indexOf("<%") < 0) return;
        List<int[]> code = codeRanges(doc);
        int i = 0;
        while (i < text.length()) {
            int at = next(text, i);
            if (at < 0) return;
            Form form = formAt(text, at);
            int close = form == null ? -1 : closing(text, at + form.open().length(), form.close());
            if (close < 0 || inside(code, at)) {
                i = at + 1;
                continue;
            }
            int end = close + form.close().length();
            String tag = text.substring(at, end).replaceAll("\\s+", " ");
            if (tag.length() > 60) tag = tag.substring(0, 57) + "...";
            diags.add(Diagnostic.warning(lines.pos(at), "'%s' is %s, which a handbook does not run: it is shown as "
                    + "text", tag, form.what()).withHint("write out what it stands for, or put it in `code` to show it "
                    + "as written").withRule("foreign-syntax"));
            i = end;
        }
    }

    private static int next(String text, int from) {
        int brace = text.indexOf('{', from);
        while (brace >= 0 && brace + 1 < text.length() && text.charAt(brace + 1) != '%' && text.charAt(brace + 1) != '{') {
            brace = text.indexOf('{', brace + 1);
        }
        if (brace + 1 >= text.length()) brace = -1;
        int erb = text.indexOf("<%", from);
        if (brace < 0) return erb;
        return erb < 0 ? brace : Math.min(brace, erb);
    }

    private static Form formAt(String text, int at) {
        for (Form f : FORMS) if (text.startsWith(f.open(), at)) return f;
        return null;
    }

    /** Where {@code close} ends the tag opened before {@code from}, or -1: within {@link #LONGEST}, no blank line. */
    private static int closing(String text, int from, String close) {
        int limit = Math.min(text.length(), from + LONGEST);
        int at = text.indexOf(close, from);
        if (at < 0 || at + close.length() > limit) return -1;
        int blank = text.indexOf("\n\n", from);
        return blank >= 0 && blank < at ? -1 : at;
    }

    private static List<int[]> codeRanges(Document doc) {
        List<int[]> out = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; ) {
            boolean code = n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock;
            if (code) out.add(new int[] {n.getStartOffset(), n.getEndOffset()});
            n = MarkdownConverter.next(n, doc, !code);
        }
        return out;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) if (offset >= r[0] && offset < r[1]) return true;
        return false;
    }
}
