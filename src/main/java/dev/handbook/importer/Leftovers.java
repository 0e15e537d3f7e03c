package dev.handbook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constructs of one page the importer left as written, in the order the converters met them,
 * and then where each is in the page as written out. A converter records the exact text it left
 * (a shortcode, a Liquid tag); finding those texts in order in the final page gives their line and
 * column, whatever the conversions before them did to the text's length.
 */
final class Leftovers {
    private static final Pattern MKDOCS = Pattern.compile("(?m)^(:::[ \\t]*\\S.*|\\[TOC\\])$");
    /** An attribute list as the build reads one: {@code {: ...}}, {@code {#...}}, {@code {.…}}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("(?<![{%])\\{[:#.][^{}\\n]*\\}(?![}%])");
    /** What starts a line in a quote, before a heading there: {@code > ## Title {#id}} ends a heading too. */
    private static final Pattern QUOTE_MARKERS = Pattern.compile("^[ \\t]*(?:>[ \\t]*)*");

    /**
     * A construct left, or a rewrite to place ({@code rewrite}), and which pass over the page found it:
     * each pass finds its constructs in page order. {@code text} is found in the page; {@code shown}
     * is what the report shows.
     */
    private record Pending(String text, String kind, int pass, String shown, boolean rewrite) {
        Pending(String text, String kind, int pass) {
            this(text, kind, pass, text, false);
        }
    }

    private final List<Pending> pending = new ArrayList<>();
    private int pass;

    void add(String text, String kind) {
        pending.add(new Pending(text, kind, pass));
    }

    /**
     * A rewrite the report lists with its position: {@code text} is found in the page as written out,
     * {@code shown} is what the source had there.
     */
    void placeRewrite(String text, String kind, String shown) {
        pending.add(new Pending(text, kind, pass, shown, true));
    }

    /** Starts a new pass over the page: what it adds is found in the page from its start again. */
    void nextPass() {
        pass++;
    }

    /** Adds what a conversion of part of the page left, which lies in the page where this pass is now. */
    void add(Leftovers other) {
        for (Pending p : other.pending) pending.add(new Pending(p.text(), p.kind(), pass, p.shown(), p.rewrite()));
    }

    /**
     * MkDocs syntax outside code that Handbook shows as text: a {@code :::} line no conversion took (no
     * mkdocstrings or mkdocs-click in mkdocs.yml to read it), a table-of-contents marker. Snippets are
     * placed where {@link Snippets} meets them.
     */
    void scanMkDocs(String body) {
        scan(body, MKDOCS, m -> m.group().startsWith(":::")
                ? "'::: ' line that neither mkdocstrings nor mkdocs-click reads here (shown as text)"
                : "table-of-contents marker");
    }

    /**
     * Attribute lists where the build does not read one, so it would show them as text without a
     * word: the build reads a list right after a link, image, code span or emphasis, and one that
     * ends a heading or the last line of a paragraph, table, list, quote or code block (and warns
     * about one that follows nothing it could apply to). Any other is for a person, such as
     * kramdown's list on the line before the paragraph it is for.
     */
    void scanAttributeLists(String body, String generator) {
        Code code = Code.of(body);
        Matcher m = ATTRIBUTES.matcher(body);
        while (m.find()) {
            if (code.at(m.start()) || readByTheBuild(body, m.start(), m.end())) continue;
            pending.add(new Pending(m.group(), generator + " attribute list where Handbook reads none (it shows as text)",
                    pass + 1));
        }
        pass++;
    }

    private static boolean readByTheBuild(String body, int start, int end) {
        if (start > 0 && ")]*_`".indexOf(body.charAt(start - 1)) >= 0) return true;
        int lineEnd = body.indexOf('\n', end);
        if (!body.substring(end, lineEnd < 0 ? body.length() : lineEnd).isBlank()) return false;
        int lineStart = body.lastIndexOf('\n', start - 1) + 1;
        if (QUOTE_MARKERS.matcher(body.substring(lineStart, start)).replaceFirst("").startsWith("#")) return true;
        if (lineEnd < 0) return true;
        int next = body.indexOf('\n', lineEnd + 1);
        return body.substring(lineEnd + 1, next < 0 ? body.length() : next).isBlank();
    }

    private void scan(String body, Pattern p, java.util.function.Function<Matcher, String> kind) {
        Code code = Code.of(body);
        Matcher m = p.matcher(body);
        pass++;
        while (m.find()) if (!code.at(m.start())) pending.add(new Pending(m.group(), kind.apply(m), pass));
        pass++;
    }

    /**
     * Where each construct left is in {@code page} (the whole file as written), found in order from
     * {@code bodyStart}; one that cannot be found is placed at the body's first line.
     */
    List<ImportReport.Left> locate(String file, String page, int bodyStart) {
        List<ImportReport.Left> out = new ArrayList<>();
        for (Placed p : place(page, bodyStart)) {
            if (!p.pending().rewrite()) out.add(new ImportReport.Left(file, p.line(), p.column(), p.pending().kind(), p.shown()));
        }
        return out;
    }

    /** Where each rewrite this page placed ({@link #placeRewrite}) is in {@code page}, as {@link #locate} finds them. */
    List<ImportReport.Rewrite> locateRewrites(String file, String page, int bodyStart) {
        List<ImportReport.Rewrite> out = new ArrayList<>();
        for (Placed p : place(page, bodyStart)) {
            if (p.pending().rewrite()) out.add(new ImportReport.Rewrite(file, p.line(), p.column(), p.pending().kind(), p.shown()));
        }
        return out;
    }

    private record Placed(Pending pending, int line, int column, String shown) {
    }

    private List<Placed> place(String page, int bodyStart) {
        List<Placed> out = new ArrayList<>();
        int from = bodyStart;
        int pass = pending.isEmpty() ? 0 : pending.get(0).pass();
        for (Pending p : pending) {
            if (p.pass() != pass) from = bodyStart;
            pass = p.pass();
            int i = page.indexOf(p.text(), from);
            if (i < 0) i = page.indexOf(p.text(), bodyStart);
            if (i >= 0) from = i + 1;
            int offset = i < 0 ? bodyStart : i;
            int line = 1;
            int lineStart = 0;
            for (int c = 0; c < offset && c < page.length(); c++) {
                if (page.charAt(c) == '\n') {
                    line++;
                    lineStart = c + 1;
                }
            }
            String text = p.shown().strip();
            int nl = text.indexOf('\n');
            out.add(new Placed(p, line, offset - lineStart + 1, nl < 0 ? text : text.substring(0, nl) + " ..."));
        }
        out.sort(java.util.Comparator.comparingInt(Placed::line).thenComparingInt(Placed::column));
        return out;
    }
}
