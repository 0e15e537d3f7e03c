package dev.handbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid and kramdown in Jekyll pages, as the Markdown they stand for: {@code {{ site.baseurl }}}
 * and the {@code relative_url} filter as site URLs (which the build resolves), {@code {% link %}}
 * and {@code {% post_url %}} as links, {@code {{ page.x }}} and {@code {{ site.x }}} as their values,
 * includes of alerts, notes and callouts as admonitions and includes of Markdown files as their
 * text, {@code raw}, {@code comment} and {@code highlight} blocks, and just-the-docs' callouts
 * ({@code {: .note }} before a paragraph). Every other tag and output is left as written.
 */
final class Liquid {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)([^%]*?)-?%\\}");
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?\\}\\}", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile(
            "\\{%-?\\s*(raw|comment|highlight)([^%]*?)-?%\\}(.*?)\\{%-?\\s*end\\1\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("([\\w-]+)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)");
    private static final Pattern URL_FILTER = Pattern.compile(
            "([\"'])([^\"']*)\\1\\s*\\|\\s*(relative_url|absolute_url|prepend:\\s*site\\.baseurl)\\s*");
    private static final Pattern CALLOUT = Pattern.compile(
            "(?m)^\\{:\\s*\\.([\\w-]+)\\s*\\}[ \\t]*\\n((?:(?![ \\t]*\\n).*(?:\\n|$))+)");
    /** kramdown's block attribute list on the line before its block (after a blank line), and the block. */
    private static final Pattern IAL_BEFORE = Pattern.compile(
            "(?m)(?<=\\A|\\n\\n)(\\{:[^{}\\n]*\\})[ \\t]*\\n((?![ \\t]*(?:```|~~~|\\{:))(?:(?![ \\t]*\\n).*(?:\\n|\\z))+)");
    private static final Pattern NO_TOC = Pattern.compile("(?m)^\\{:\\s*\\.no_toc\\s*\\}[ \\t]*\\n?");
    private static final Pattern TOC = Pattern.compile("(?m)^\\s*(?:[-*+]|1\\.)\\s+.*\\n\\{:\\s*toc\\s*\\}[ \\t]*\\n?");
    private static final char PROTECT = '\uE000';
    private static final Pattern KEPT = Pattern.compile(PROTECT + "(\\d+)" + PROTECT);

    private final PageContext ctx;
    private final Tally tally;
    private final Leftovers left;
    private final List<String> kept = new ArrayList<>();

    private Liquid(PageContext ctx, Tally tally, Leftovers left) {
        this.ctx = ctx;
        this.tally = tally;
        this.left = left;
    }

    static String convert(String body, PageContext ctx, Tally tally, Leftovers left) {
        return new Liquid(ctx, tally, left).run(body, 0);
    }

    private String run(String body, int depth) {
        String text = blocks(body);
        text = kramdown(text);
        text = tags(text, depth);
        left.nextPass();
        text = outputs(text);
        return restore(text);
    }

    /** raw, comment and highlight blocks; what raw holds is kept from every later conversion. */
    private String blocks(String text) {
        Matcher m = BLOCK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String r = switch (m.group(1)) {
                case "raw" -> {
                    tally.rewrote("Liquid raw block to its text");
                    kept.add(m.group(3));
                    yield PROTECT + String.valueOf(kept.size() - 1) + PROTECT;
                }
                case "comment" -> {
                    tally.rewrote("Liquid comment to an HTML comment");
                    yield "<!--" + m.group(3).replace("--", "- -") + "-->";
                }
                default -> {
                    tally.rewrote("Liquid highlight block to a fenced code block");
                    String lang = m.group(2).strip().split("\\s+")[0];
                    yield "```" + lang + "\n" + m.group(3).replaceAll("^\\n+|\\n+$", "") + "\n```";
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The raw blocks' text in place, its template syntax escaped: Jekyll showed it as written. */
    private String restore(String text) {
        Matcher m = KEPT.matcher(text);
        StringBuilder sb = new StringBuilder();
        java.util.BitSet literal = new java.util.BitSet();
        while (m.find()) {
            m.appendReplacement(sb, "");
            int start = sb.length();
            sb.append(kept.get(Integer.parseInt(m.group(1))));
            literal.set(start, sb.length());
        }
        m.appendTail(sb);
        return LiteralText.escape(sb.toString(), literal::get, tally, "Liquid raw block: template syntax in it escaped");
    }

    private String kramdown(String text) {
        String t = MarkdownRewrites.replaceOutsideCode(text, CALLOUT, m -> {
            String kind = m.group(1).replaceAll("-title$", "");
            if (!Admonitions.known(kind)) return m.group();
            String content = m.group(2);
            String title = "";
            if (content.startsWith(">")) {
                content = content.replaceAll("(?m)^> ?", "");
                if (m.group(1).endsWith("-title")) {
                    int nl = content.indexOf('\n');
                    title = nl < 0 ? content : content.substring(0, nl);
                    content = nl < 0 ? "" : content.substring(nl + 1);
                }
            }
            tally.rewrote("just-the-docs callout to an admonition");
            return Admonitions.block(Admonitions.kind(kind), title, content).substring(1);
        });
        t = MarkdownRewrites.replaceOutsideCode(t, TOC, m -> {
            tally.rewrote("kramdown table of contents removed (the theme shows one)");
            return "";
        });
        t = MarkdownRewrites.replaceOutsideCode(t, NO_TOC, m -> {
            tally.rewrote("kramdown .no_toc removed (the theme's table of contents)");
            return "";
        });
        return MarkdownRewrites.replaceOutsideCode(t, IAL_BEFORE, m -> {
            tally.rewrote("kramdown attribute list before its block moved after it, where Handbook reads it");
            String block = m.group(2);
            String end = block.endsWith("\n") ? "\n" : "";
            block = block.stripTrailing();
            // A heading is one line: its list goes at its end; any other block's on the line after it.
            return block.startsWith("#") && block.indexOf('\n') < 0 ? block + " " + m.group(1) + end
                    : block + "\n" + m.group(1) + end;
        });
    }

    private String tags(String text, int depth) {
        Matcher m = TAG.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Optional<String> r = tag(name, m.group(2).strip(), depth);
            if (r.isEmpty() && !name.startsWith("end") && !name.equals("else") && !name.equals("elsif")
                    && !name.equals("when")) {
                left.add(m.group(), "Liquid tag '" + name + "'");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r.orElse(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private Optional<String> tag(String name, String args, int depth) {
        switch (name) {
            case "link" -> {
                Optional<String> to = ctx.contentOf(args.strip()).map(ctx::linkTo);
                to.ifPresent(x -> tally.rewrote("Liquid link tag to a link"));
                return to;
            }
            case "post_url" -> {
                String n = args.strip();
                Optional<String> to = ctx.plan().pages.stream().filter(e -> e.src().startsWith("_posts/")
                        && Layouts.name(e.src()).replaceAll("\\.(md|markdown)$", "").equals(n)).findFirst()
                        .map(e -> ctx.linkTo(e.content()));
                to.ifPresent(x -> tally.rewrote("Liquid post_url tag to a link"));
                return to;
            }
            case "include", "include_relative" -> {
                return include(name, args, depth);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** An include of an alert, note or callout is an admonition; of a Markdown file without parameters, its text. */
    private Optional<String> include(String tag, String args, int depth) {
        String file = args.split("\\s+")[0];
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(args.substring(file.length()));
        while (p.find()) params.put(p.group(1), unquote(p.group(2)));
        String stem = Layouts.name(file).replaceAll("\\.(html|md|markdown|liquid)$", "");
        String content = first(params, "content", "text", "message", "body");
        if (tag.equals("include") && Admonitions.known(stem) && !content.isEmpty()) {
            tally.rewrote("Liquid include of a callout to an admonition");
            String kind = Admonitions.kind(first(params, "type", "style", "kind").isEmpty() ? stem
                    : first(params, "type", "style", "kind"));
            return Optional.of(Admonitions.block(kind, first(params, "title", "heading"), content));
        }
        if (!Layouts.isMarkdown(file) || !params.isEmpty() || depth > 3) return Optional.empty();
        String path = tag.equals("include") ? ctx.plan().includes + "/" + file
                : Paths.resolve("", ctx.srcFolder(), file).orElse("");
        Optional<String> text = ctx.tree().text(path).filter(t -> !t.contains("include."));
        if (text.isEmpty()) return Optional.empty();
        tally.rewrote("Liquid include of a Markdown file to its text");
        return Optional.of(run(PageText.split(text.get()).body().strip(), depth + 1));
    }

    private String outputs(String text) {
        Matcher m = OUTPUT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Optional<String> r = output(m.group(1).strip());
            if (r.isEmpty()) left.add(m.group(), "Liquid output '" + m.group(1).strip() + "'");
            m.appendReplacement(sb, Matcher.quoteReplacement(r.orElse(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private Optional<String> output(String expr) {
        if (expr.equals("site.baseurl") || expr.equals("site.url")) {
            tally.rewrote("Liquid site.baseurl removed (links are site URLs, which the build resolves)");
            return Optional.of("");
        }
        Matcher f = URL_FILTER.matcher(expr);
        if (f.matches()) {
            tally.rewrote("Liquid relative_url filter to a site URL");
            return Optional.of(f.group(2));
        }
        if (expr.matches("page\\.[\\w-]+") && ctx.frontMatter().get(expr.substring(5)) instanceof String s) {
            tally.rewrote("Liquid page variable to its value");
            return Optional.of(s);
        }
        if (expr.matches("site\\.[\\w-]+") && ctx.plan().params.get(expr.substring(5)) instanceof String s) {
            tally.rewrote("Liquid site variable to its value");
            return Optional.of(s);
        }
        return Optional.empty();
    }

    private static String first(Map<String, String> params, String... keys) {
        for (String k : keys) if (params.containsKey(k)) return params.get(k);
        return "";
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s;
    }
}
