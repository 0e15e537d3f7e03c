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
    private static final Pattern MKDOCS = Pattern.compile("(?m)^(:::[ \\t]*\\S.*|-{2,}8<-{2,}.*|\\[TOC\\])$");
    /** An attribute list as the build reads one: {@code {: ...}}, {@code {#...}}, {@code {.…}}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("(?<![{%])\\{[:#.][^{}\\n]*\\}(?![}%])");

    /** A construct left, and which pass over the page found it: each pass finds its constructs in page order. */
    private record Pending(String text, String kind, int pass) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private int pass;

    void add(String text, String kind) {
        pending.add(new Pending(text, kind, pass));
    }

    /** Starts a new pass over the page: what it adds is found in the page from its start again. */
    void nextPass() {
        pass++;
    }

    /** Adds what a conversion of part of the page left, which lies in the page where this pass is now. */
    void add(Leftovers other) {
        for (Pending p : other.pending) pending.add(new Pending(p.text(), p.kind(), pass));
    }

    /** MkDocs syntax outside code that Handbook shows as text: mkdocstrings and mkdocs-click blocks, snippets. */
    void scanMkDocs(String body) {
        scan(body, MKDOCS, m -> m.group().startsWith(":::") ? "mkdocstrings or mkdocs-click block (generated from code)"
                : m.group().startsWith("[TOC]") ? "table-of-contents marker"
                : "MkDocs snippet of a file the import does not hold");
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
        if (body.substring(lineStart, start).stripLeading().startsWith("#")) return true;
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
     * Where each construct is in {@code page} (the whole file as written), found in order from
     * {@code bodyStart}; one that cannot be found is placed at the body's first line.
     */
    List<ImportReport.Left> locate(String file, String page, int bodyStart) {
        List<Pending> ordered = new ArrayList<>(pending);
        List<ImportReport.Left> out = new ArrayList<>();
        int from = bodyStart;
        List<int[]> at = new ArrayList<>();
        int pass = ordered.isEmpty() ? 0 : ordered.get(0).pass();
        for (Pending p : ordered) {
            if (p.pass() != pass) from = bodyStart;
            pass = p.pass();
            int i = page.indexOf(p.text(), from);
            if (i < 0) i = page.indexOf(p.text(), bodyStart);
            if (i >= 0) from = i + Math.max(1, Math.min(p.text().length(), 1));
            at.add(new int[]{i < 0 ? bodyStart : i});
        }
        for (int k = 0; k < ordered.size(); k++) {
            int offset = at.get(k)[0];
            int line = 1;
            int lineStart = 0;
            for (int c = 0; c < offset && c < page.length(); c++) {
                if (page.charAt(c) == '\n') {
                    line++;
                    lineStart = c + 1;
                }
            }
            String text = ordered.get(k).text().strip();
            int nl = text.indexOf('\n');
            out.add(new ImportReport.Left(file, line, offset - lineStart + 1, ordered.get(k).kind(),
                    nl < 0 ? text : text.substring(0, nl) + " ..."));
        }
        out.sort(java.util.Comparator.comparingInt(ImportReport.Left::line).thenComparingInt(ImportReport.Left::column));
        return out;
    }
}
