package dev.handbook.importer;

import java.util.List;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ERB in Middleman pages (GOV.UK tech docs), as the Markdown it stands for: a partial as its text,
 * {@code warning_text} as a warning admonition, {@code link_to} as a link, a read of the page's
 * front matter ({@code current_page.data.title}) or of tech-docs.yml ({@code config[:tech_docs][:x]})
 * as its value (a field the page does not set as nothing, as Ruby prints nil), and an ERB comment
 * as an HTML comment. A heading that only repeats the page's
 * title reads to nothing: the theme shows the title. Any other ERB is left as written.
 */
final class Erb {
    private static final Pattern TAG = Pattern.compile("<%(=|#|-)?(.*?)-?%>", Pattern.DOTALL);
    private static final Pattern CALL = Pattern.compile("(\\w+)\\s*\\(?\\s*(.*?)\\s*\\)?");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");
    private static final Pattern DATA = Pattern.compile(
            "current_page\\.data(?:\\.(\\w+)|\\[:?[\"']?(\\w+)[\"']?\\]|\\.fetch\\(:?[\"']?(\\w+)[\"']?.*\\))");
    private static final Pattern CONFIG = Pattern.compile("config\\[:tech_docs\\]\\[:(\\w+)\\]");
    private static final Pattern TITLE_HEADING = Pattern.compile("(?m)^#\\s*<%=\\s*current_page\\.data\\.title\\s*%>\\s*\\n?");

    private final PageContext ctx;
    private final Tally tally;
    private final Leftovers left;

    private Erb(PageContext ctx, Tally tally, Leftovers left) {
        this.ctx = ctx;
        this.tally = tally;
        this.left = left;
    }

    static String convert(String body, PageContext ctx, Tally tally, Leftovers left) {
        return new Erb(ctx, tally, left).run(body, 0);
    }

    private String run(String body, int depth) {
        Matcher h = TITLE_HEADING.matcher(body);
        String text = body;
        if (h.find()) {
            tally.rewrote("ERB heading that repeats the page's title removed (the theme shows it)");
            text = h.replaceFirst("");
        }
        Matcher m = TAG.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1) == null ? "" : m.group(1);
            String code = m.group(2).strip();
            Optional<String> r = kind.equals("#") ? Optional.of(comment(code)) : kind.equals("=") ? output(code, depth)
                    : Optional.empty();
            boolean continuation = code.matches("end|else|elsif\\b.*|when\\b.*|\\}|ensure|rescue\\b.*");
            if (r.isEmpty() && !continuation) {
                left.add(m.group(), "ERB " + (kind.equals("=") ? "output" : "code") + " '" + brief(code) + "'");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r.orElse(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String comment(String code) {
        tally.rewrote("ERB comment to an HTML comment");
        return "<!-- " + code.replace("--", "- -") + " -->";
    }

    private Optional<String> output(String code, int depth) {
        Matcher data = DATA.matcher(code);
        if (data.matches()) {
            String key = data.group(1) != null ? data.group(1) : data.group(2) != null ? data.group(2) : data.group(3);
            Object value = ctx.frontMatter().get(key);
            if (value == null) {
                // Ruby prints nil as nothing, so the page showed nothing there.
                tally.rewrote("ERB read of a front-matter field the page does not set to nothing");
                return Optional.of("");
            }
            boolean scalar = value instanceof String || value instanceof Number || value instanceof Boolean;
            if (scalar) tally.rewrote("ERB read of the page's front matter to its value");
            return scalar ? Optional.of(value.toString()) : Optional.empty();
        }
        Matcher config = CONFIG.matcher(code);
        if (config.matches()) {
            Optional<String> v = ctx.plan().params.get(config.group(1)) instanceof String s ? Optional.of(s) : Optional.empty();
            v.ifPresent(x -> tally.rewrote("ERB read of tech-docs.yml to its value"));
            return v;
        }
        Matcher call = CALL.matcher(code);
        if (!call.matches()) return Optional.empty();
        List<String> args = STRING.matcher(call.group(2)).results()
                .map(r -> r.group(1) != null ? r.group(1).replace("\\\"", "\"") : r.group(2)).toList();
        return switch (call.group(1)) {
            case "partial" -> args.isEmpty() ? Optional.empty() : partial(args.get(0), call.group(2), depth);
            case "warning_text" -> {
                if (args.size() != 1) yield Optional.empty();
                tally.rewrote("ERB warning_text to a warning admonition");
                yield Optional.of(Admonitions.block("warning", "", args.get(0)));
            }
            case "link_to" -> {
                if (args.size() != 2) yield Optional.empty();
                tally.rewrote("ERB link_to to a link");
                yield Optional.of("[" + args.get(0) + "](" + args.get(1) + ")");
            }
            default -> Optional.empty();
        };
    }

    /** A partial's text (converted in turn), when it takes no locals and its file is found. */
    private Optional<String> partial(String name, String args, int depth) {
        if (args.contains("locals") || args.contains("=>") || depth > 3) return Optional.empty();
        String folder = Layouts.folderOf(name);
        String base = ctx.plan().includes + "/" + (folder.isEmpty() ? "" : folder + "/") + "_" + Layouts.name(name);
        for (String ext : new String[]{".md", ".html.md", ".html.md.erb", ".md.erb", ".erb", ""}) {
            Optional<String> text = ctx.tree().text(base + ext);
            if (text.isEmpty()) continue;
            tally.rewrote("ERB partial to its text");
            return Optional.of(run(PageText.split(text.get()).body().strip(), depth + 1));
        }
        return Optional.empty();
    }

    private static String brief(String code) {
        String one = code.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

}
