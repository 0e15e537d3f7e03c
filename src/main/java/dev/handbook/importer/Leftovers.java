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
    private static final Pattern MKDOCS = Pattern.compile(
            "(?m)^(:::[ \\t]*\\S.*|-{2,}8<-{2,}.*|\\[TOC\\])$|\\{:?\\s*[#.][\\w-][\\w .#=:\"'-]*\\}|^\\{:[^}\\n]*\\}[ \\t]*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("(?m)^\\{[.#:][^}\\n]*\\}[ \\t]*$");

    private record Pending(String text, String kind) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(String text, String kind) {
        pending.add(new Pending(text, kind));
    }

    void add(Leftovers other) {
        pending.addAll(other.pending);
    }

    /** MkDocs syntax outside code that Handbook shows as text: mkdocstrings and mkdocs-click blocks, attribute lists. */
    void scanMkDocs(String body) {
        scan(body, MKDOCS, m -> m.group().startsWith(":::") ? "mkdocstrings or mkdocs-click block (generated from code)"
                : m.group().startsWith("[TOC]") ? "table-of-contents marker"
                : m.group().contains("8<") ? "MkDocs snippet of a file the import does not hold"
                : "attribute list ({: .class} or {#id})");
    }

    /** Markdown attributes of Hugo's Goldmark and Jekyll's kramdown on a line of their own ({.class}, {: .class}). */
    void scanAttributes(String body, String generator) {
        scan(body, ATTRIBUTES, m -> generator + " attribute list (" + m.group().strip() + ")");
    }

    private void scan(String body, Pattern p, java.util.function.Function<Matcher, String> kind) {
        Code code = Code.of(body);
        Matcher m = p.matcher(body);
        List<Pending> found = new ArrayList<>();
        while (m.find()) if (!code.at(m.start())) found.add(new Pending(m.group(), kind.apply(m)));
        pending.addAll(found);
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
        for (Pending p : ordered) {
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
