package dev.handbook.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids MkDocs gave a page's headings, as Python-Markdown's toc extension makes them with its
 * default {@code slugify}: the heading's text (link text without its URL, code as written, tags
 * and emphasis markers gone), accents taken off and other non-ASCII characters dropped, every
 * character but letters, digits, '_', '-' and spaces removed, lower case, each run of spaces and
 * dashes one '-'; a repeated id gets {@code _1}, {@code _2}. An id set with an attribute list
 * ({@code ## Title {: #id }}) is the heading's. mkdocs-autorefs links {@code [text][id]} by these
 * ids across pages. Headings are read where Python-Markdown reads them outside containers: a line
 * starting with one to six '#' (in a quote too), or a line underlined by '=' or '-'; not in code.
 */
final class TocAnchors {
    private static final Pattern QUOTE = Pattern.compile("(?: {0,3}> ?)*");
    private static final Pattern ATX = Pattern.compile("(#{1,6})((?:\\\\.|[^\\\\])*?)#*");
    private static final Pattern SETEXT = Pattern.compile("[=-]+ *");
    /** attr_list's list at a heading's end: one space or more before it. */
    private static final Pattern ATTRIBUTES = Pattern.compile(" +\\{:?([^}\\n]*)\\} *$");
    private static final Pattern ID = Pattern.compile("(?:^|\\s)(?:#([^\\s=}]+)|id=(?:\"([^\"]*)\"|'([^']*)'|([^\\s}]+)))");
    private static final Pattern AUTODOC = Pattern.compile("::: ?\\S.*");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`)([\\s\\S]*?)(?<!`)\\1(?!`)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    /** Python-Markdown's underscore emphasis, which needs a word boundary outside each marker. */
    private static final Pattern UNDERSCORES = Pattern.compile("(?<!\\w)(_{1,2})(?!_)(.+?)(?<!_)\\1(?!\\w)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>])");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");
    private static final Pattern SLUG_REMOVED = Pattern.compile("[^\\w\\s-]");
    private static final Pattern SLUG_RUN = Pattern.compile("[-\\s]+");
    private static final Pattern COUNTED = Pattern.compile("(.*)_([0-9]+)");

    private TocAnchors() {
    }

    /**
     * The heading ids of a page body, in page order; with {@code mkdocstrings}, a heading that is an
     * mkdocstrings block ({@code ## ::: module.f}) is the object's, not a heading of the page's.
     */
    static List<String> of(String body, boolean mkdocstrings) {
        List<Heading> headings = headings(body, mkdocstrings);
        // Ids set by attribute lists are taken first, as the toc extension collects them before making any.
        Set<String> used = new HashSet<>();
        for (Heading h : headings) if (h.chosen()) used.add(h.text());
        List<String> out = new ArrayList<>();
        for (Heading h : headings) out.add(h.chosen() ? h.text() : unique(slug(text(h.text())), used));
        return out;
    }

    /** A heading: its text as written, or the id its attribute list chose. */
    private record Heading(String text, boolean chosen) {
        static Heading of(String written) {
            Matcher a = ATTRIBUTES.matcher(written);
            if (a.find()) {
                Matcher id = ID.matcher(a.group(1));
                String chosen = null;
                while (id.find()) {
                    chosen = id.group(1) != null ? id.group(1) : id.group(2) != null ? id.group(2)
                            : id.group(3) != null ? id.group(3) : id.group(4);
                }
                if (chosen != null) return new Heading(chosen, true);
                written = written.substring(0, a.start());
            }
            return new Heading(written.strip(), false);
        }
    }

    private static List<Heading> headings(String body, boolean mkdocstrings) {
        Code code = Code.of(body);
        String[] lines = body.split("\n", -1);
        List<Heading> out = new ArrayList<>();
        int offset = 0;
        String previous = "";
        boolean previousTaken = true;
        for (String line : lines) {
            int at = offset;
            offset += line.length() + 1;
            if (code.lineInBlock(at)) {
                previous = "";
                previousTaken = true;
                continue;
            }
            Matcher q = QUOTE.matcher(line);
            String unquoted = q.lookingAt() ? line.substring(q.end()) : line;
            Matcher atx = ATX.matcher(unquoted);
            if (atx.matches()) {
                String text = atx.group(2).strip();
                if (!(mkdocstrings && AUTODOC.matcher(text).matches())) out.add(Heading.of(text));
                previousTaken = true;
            } else if (SETEXT.matcher(line).matches() && !previous.isBlank() && !previousTaken) {
                out.add(Heading.of(previous.strip()));
                previousTaken = true;
            } else {
                previousTaken = line.isBlank();
            }
            previous = line;
        }
        return out;
    }

    /** The text Python-Markdown's toc reads from a heading written in Markdown. */
    static String text(String heading) {
        StringBuilder sb = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(heading);
        int from = 0;
        while (code.find()) {
            sb.append(inline(heading.substring(from, code.start()))).append(code.group(2).strip());
            from = code.end();
        }
        sb.append(inline(heading.substring(from)));
        return unescape(sb.toString());
    }

    private static String inline(String text) {
        String t = IMAGE.matcher(text).replaceAll("");
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = AUTOLINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = TAG.matcher(t).replaceAll("");
        t = UNDERSCORES.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        return ESCAPE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    private static String unescape(String text) {
        return ENTITY.matcher(text).replaceAll(m -> {
            String name = m.group(1);
            if (!name.startsWith("#")) return Matcher.quoteReplacement(ENTITIES.get(name));
            int cp = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(new String(Character.toChars(cp))) : "";
        });
    }

    /** Python-Markdown's {@code toc.slugify(value, "-")}. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String kept = SLUG_REMOVED.matcher(ascii).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return SLUG_RUN.matcher(kept).replaceAll("-");
    }

    /** Python-Markdown's {@code toc.unique}: {@code id}, or with {@code _1}, {@code _2} when taken (or empty). */
    private static String unique(String id, Set<String> used) {
        String u = id;
        while (u.isEmpty() || used.contains(u)) {
            Matcher m = COUNTED.matcher(u);
            u = m.matches() ? m.group(1) + "_" + (Integer.parseInt(m.group(2)) + 1) : u + "_1";
        }
        used.add(u);
        return u;
    }
}
