package dev.handbook.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversions of Markdown syntax other renderers have and Handbook has not, each outside code and
 * each counted: GitHub's alerts ({@code > [!NOTE]}), MkDocs' callouts ({@code NOTE: text}) and
 * GitHub issue links ({@code #123}, {@code @user}), link text in brackets ({@code [[1]](url)}, which
 * Handbook would read as a reference), table-of-contents markers (the theme shows one), and links to
 * files the import does not hold, pointed at the source repository when {@code --source-url} names it.
 */
final class MarkdownRewrites {
    private static final Pattern ALERT = Pattern.compile(
            "(?m)^> ?\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*\\n((?:>.*(?:\\n|$))*)");
    private static final Pattern CALLOUT = Pattern.compile(
            "(?m)^(NOTE|TIP|WARNING|DANGER|IMPORTANT|CAUTION|INFO|HINT|ATTENTION):[ \\t]*(.*(?:\\n(?![ \\t]*\\n).*)*)");
    private static final Pattern BRACKETED = Pattern.compile("\\[\\[([^\\[\\]\\n]+)\\]\\]\\(");
    private static final Pattern TOC = Pattern.compile("(?m)^\\[TOC\\][ \\t]*\\n?");
    private static final Pattern ISSUE = Pattern.compile("(?<=^|[\\s(,;])(?:([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+))?#(\\d+)\\b(?![\\]\\w])");
    private static final Pattern MENTION = Pattern.compile("(?<=^|[\\s(])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?=[\\s).,;:!?]|$)");
    private static final Pattern LINK = Pattern.compile("(\\]\\(\\s*<?)([^)\\s>]+)(>?(?:\\s+\"[^\"]*\")?\\s*\\))");
    private static final Pattern SPACED_ATTRIBUTES = Pattern.compile("(?<![{%])\\{[ \\t]+([#.][\\w-][^{}\\n]*?)[ \\t]*\\}(?![}%])");
    private static final Pattern REF_DEF = Pattern.compile("(?m)^( {0,3}\\[[^\\]]+\\]:\\s*<?)(\\S+?)(>?(?:\\s.*)?)$");

    private MarkdownRewrites() {
    }

    /** {@code > [!NOTE]} and the quote under it: an admonition. */
    static String githubAlerts(String body, Tally tally) {
        return replaceOutsideCode(body, ALERT, m -> {
            String content = m.group(2).replaceAll("(?m)^> ?", "");
            tally.rewrote("GitHub alert to an admonition");
            return Admonitions.block(m.group(1).toLowerCase(Locale.ROOT), "", content).substring(1);
        });
    }

    /** MkDocs' callouts extension: a paragraph that starts {@code NOTE:} is an admonition. */
    static String callouts(String body, Tally tally) {
        return replaceOutsideCode(body, CALLOUT, m -> {
            tally.rewrote("MkDocs callout to an admonition");
            return Admonitions.block(Admonitions.kind(m.group(1)), "", m.group(2)).substring(1).stripTrailing();
        });
    }

    /** {@code [[1]](url)}: the text is "[1]"; escaped, Handbook does not read it as a reference. */
    static String bracketedLinkText(String body, Tally tally) {
        return replaceOutsideCode(body, BRACKETED, m -> {
            tally.rewrote("link text in brackets escaped");
            return "[\\[" + m.group(1) + "\\]](";
        });
    }

    static String tocMarkers(String body, Tally tally) {
        return replaceOutsideCode(body, TOC, m -> {
            tally.rewrote("table-of-contents marker removed (the theme shows one)");
            return "";
        });
    }

    /** mdx_gh_links: {@code #123} and {@code @user} as links to the repository's issues and to the user. */
    static String githubReferences(String body, String repo, Tally tally) {
        String issues = replaceOutsideCode(body, ISSUE, m -> {
            if (insideLinkText(body, m.start())) return m.group();
            String r = m.group(1) != null ? m.group(1) : repo;
            tally.rewrote("GitHub issue reference to a link");
            return "[" + m.group() + "](https://github.com/" + r + "/issues/" + m.group(2) + ")";
        });
        return replaceOutsideCode(issues, MENTION, m -> {
            if (insideLinkText(issues, m.start())) return m.group();
            tally.rewrote("GitHub user mention to a link");
            return "[@" + m.group(1) + "](https://github.com/" + m.group(1) + ")";
        });
    }

    /**
     * Links (inline and reference definitions) to a file or folder that the import does not write:
     * with a source URL, a link into the source repository, where a reader on GitHub found it.
     */
    static String sourceLinks(String body, PageContext ctx, Tally tally, Leftovers left, boolean report) {
        Function<Matcher, String> fix = m -> {
            String url = m.group(2);
            Optional<String> outside = outsideImport(url, ctx);
            if (outside.isEmpty()) return m.group();
            if (ctx.sourceUrl().isEmpty()) {
                if (report) left.add(url, "link to a file SRC does not hold (--source-url would link to it where it is)");
                return m.group();
            }
            tally.rewrote("link to a file outside the imported pages, to the source repository");
            return m.group(1) + outside.get() + m.group(3);
        };
        String inline = replaceOutsideCode(body, LINK, fix);
        return replaceOutsideCode(inline, REF_DEF, m -> startsBlock(inline, m.start()) ? fix.apply(m) : m.group());
    }

    private static Optional<String> outsideImport(String url, PageContext ctx) {
        if (url.isEmpty() || url.startsWith("#") || url.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//")) {
            return Optional.empty();
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash);
        Optional<String> src = Paths.resolve(ctx.plan().contentRoot, ctx.srcFolder(), path.replace("%20", " "));
        if (src.isEmpty()) return Optional.empty();
        String p = src.get().endsWith("/") ? src.get().substring(0, src.get().length() - 1) : src.get();
        if (ctx.contentOf(p).isPresent() || ctx.contentOf(p + ".md").isPresent() || ctx.tree().isFolder(p)
                && (ctx.contentOf(p + "/README.md").isPresent() || ctx.contentOf(p + "/index.md").isPresent()
                || ctx.contentOf(p + "/_index.md").isPresent())) {
            return Optional.empty();
        }
        if (ctx.tree().exists(p)) return Optional.empty(); // copied when linked
        String base = ctx.sourceUrl().orElse("");
        return Optional.of(base + (base.endsWith("/") || base.isEmpty() ? "" : "/") + p + anchor);
    }

    /**
     * Whether the line at {@code at} may hold a reference definition: the first line, or one after a
     * blank line or another definition (a definition cannot interrupt a paragraph).
     */
    static boolean startsBlock(String text, int at) {
        if (at == 0) return true;
        int prevEnd = at - 1;
        int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        String prev = text.substring(prevStart, prevEnd);
        return prev.isBlank() || prev.startsWith("#") || REF_DEF.matcher(prev).matches();
    }

    /** Whether {@code at} is inside the text of a link on its line ({@code [see #12](url)}). */
    private static boolean insideLinkText(String text, int at) {
        int open = -1;
        int close = -1;
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '[' && open < 0) open = i;
            if (text.charAt(i) == ']' && close < 0) close = i;
        }
        return open >= 0 && open > close;
    }

    /** Runs of blank lines (which conversions leave around the blocks they write) as one, outside code. */
    /**
     * {@code { #id }} and {@code { .class }}, as Python-Markdown's attr_list and Goldmark allow them:
     * written {@code {#id}}, the form the build reads. What the list says is unchanged.
     */
    static String attributeLists(String body, Tally tally) {
        return replaceOutsideCode(body, SPACED_ATTRIBUTES, m -> {
            tally.rewrote("attribute list written without spaces inside its braces");
            return "{" + m.group(1).strip() + "}";
        });
    }

    static String blankLines(String body) {
        return replaceOutsideCode(body, Pattern.compile("\\n{3,}"), m -> "\n\n");
    }

    /** Replaces each match that does not start in code with the literal text {@code replacement} gives. */
    static String replaceOutsideCode(String text, Pattern p, Function<Matcher, String> replacement) {
        Code code = Code.of(text);
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(code.at(m.start()) ? m.group() : replacement.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
