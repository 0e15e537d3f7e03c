package dev.handbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes the importer knows, as the Markdown they stand for: {@code ref} and {@code relref}
 * as links, {@code alert} and Docsy's {@code pageinfo} as admonitions, {@code param} as the
 * parameter's value, {@code figure} and Docsy's {@code imgproc} as images, {@code highlight} as a
 * fenced block, {@code youtube} as a link, {@code comment} as an HTML comment, Docsy's landing-page
 * blocks as their text (a cover's or feature's title as a heading), and an escaped shortcode
 * (a shortcode written inside comment marks, {@code /*} and its closing pair) as the literal text
 * Hugo showed. Any other shortcode is left as written.
 */
final class Shortcodes {
    private static final Pattern PARAM = Pattern.compile("([\\w-]+)=(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|'[^']*'|\\S+)"
            + "|(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|'[^']*'|\\S+)");
    private static final Pattern IMAGE = Pattern.compile(".*\\.(png|jpe?g|gif|webp|svg)", Pattern.CASE_INSENSITIVE);

    /** One shortcode tag as written. */
    private record Tag(int start, int end, char delimiter, boolean closing, boolean escaped, String name,
                       List<String> positional, Map<String, String> named, String inner) {
        String param(String key, int position) {
            if (named.containsKey(key)) return named.get(key);
            return position < positional.size() ? positional.get(position) : "";
        }
    }

    private final PageContext ctx;
    private final Tally tally;
    private final Leftovers left;

    private Shortcodes(PageContext ctx, Tally tally, Leftovers left) {
        this.ctx = ctx;
        this.tally = tally;
        this.left = left;
    }

    static String convert(String body, PageContext ctx, Tally tally, Leftovers left) {
        return new Shortcodes(ctx, tally, left).run(body);
    }

    private String run(String body) {
        String text = body;
        int pos = 0;
        while (true) {
            Optional<Tag> found = next(text, pos);
            if (found.isEmpty()) return text;
            Tag t = found.get();
            if (t.escaped()) {
                // Outside code, escaped again the Markdown way, so the build knows it is meant as text too.
                boolean markdown = LiteralText.escapable(text, t.start(), Code.of(text));
                String literal = (markdown ? "{\\{" : "{{") + t.delimiter() + " " + t.inner().strip() + " "
                        + closer(t.delimiter()) + "}}";
                tally.rewrote("Hugo escaped shortcode to its literal text");
                text = text.substring(0, t.start()) + literal + text.substring(t.end());
                pos = t.start() + literal.length();
                continue;
            }
            if (t.closing()) {
                pos = t.end();
                continue;
            }
            Optional<String> replacement = replace(text, t);
            if (replacement.isEmpty()) {
                left.add(text.substring(t.start(), t.end()), "Hugo shortcode '" + t.name() + "'");
                pos = t.end();
                continue;
            }
            int end = paired(t.name()) ? closeOf(text, t).map(Tag::end).orElse(t.end()) : t.end();
            text = text.substring(0, t.start()) + replacement.get() + text.substring(end);
            pos = t.start() + replacement.get().length();
        }
    }

    private Optional<String> replace(String text, Tag t) {
        String name = t.name();
        if (paired(name)) {
            Optional<Tag> close = closeOf(text, t);
            if (close.isEmpty()) return Optional.empty();
            // The inner text's conversions count only if the pair itself is converted.
            Tally innerTally = new Tally();
            Leftovers innerLeft = new Leftovers();
            String inner = new Shortcodes(ctx, innerTally, innerLeft).run(text.substring(t.end(), close.get().start()));
            Optional<String> r = pairedReplacement(t, inner);
            if (r.isPresent()) {
                tally.add(innerTally);
                left.add(innerLeft);
            }
            return r;
        }
        return single(t);
    }

    private static boolean paired(String name) {
        return List.of("alert", "pageinfo", "blocks/cover", "blocks/lead", "blocks/section", "blocks/feature", "imgproc",
                "highlight", "comment").contains(name);
    }

    private Optional<String> pairedReplacement(Tag t, String inner) {
        switch (t.name()) {
            case "alert" -> {
                tally.rewrote("Hugo alert shortcode to an admonition");
                return Optional.of(Admonitions.block(Admonitions.kind(first(t.param("color", 99), "note")),
                        t.param("title", 99), inner));
            }
            case "pageinfo" -> {
                tally.rewrote("Docsy pageinfo shortcode to an admonition");
                return Optional.of(Admonitions.block("info", "", inner));
            }
            case "blocks/lead", "blocks/section" -> {
                tally.rewrote("Docsy " + t.name() + " block to its text");
                return Optional.of("\n" + inner.strip() + "\n");
            }
            case "blocks/cover" -> {
                tally.rewrote("Docsy blocks/cover block to its text");
                String title = t.param("title", 99);
                String pageTitle = ctx.frontMatter().get("title") instanceof String s ? s.strip() : "";
                String heading = title.isBlank() || title.strip().equals(pageTitle) ? "" : "## " + title.strip() + "\n\n";
                return Optional.of("\n" + heading + inner.strip() + "\n");
            }
            case "blocks/feature" -> {
                tally.rewrote("Docsy blocks/feature block to a heading and its text");
                String title = t.param("title", 99).strip();
                String url = t.param("url", 99).strip();
                String heading = title.isEmpty() ? "" : "### " + (url.isEmpty() ? title : "[" + title + "](" + url + ")");
                return Optional.of("\n" + heading + "\n\n" + inner.strip() + "\n");
            }
            case "imgproc" -> {
                return image(t.param("", 0), inner.strip(), "Docsy imgproc shortcode to an image");
            }
            case "highlight" -> {
                tally.rewrote("Hugo highlight shortcode to a fenced code block");
                return Optional.of("```" + t.param("", 0) + "\n" + inner.replaceAll("^\\n+|\\n+$", "") + "\n```");
            }
            case "comment" -> {
                tally.rewrote("Hugo comment shortcode to an HTML comment");
                return Optional.of("<!--" + inner.replace("--", "- -") + "-->");
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<String> single(Tag t) {
        switch (t.name()) {
            case "ref", "relref" -> {
                Optional<String> link = ref(t.param("path", 0));
                link.ifPresent(l -> tally.rewrote("Hugo " + t.name() + " shortcode to a link"));
                return link;
            }
            case "param", "_param" -> {
                if (t.positional().size() != 1 || !t.named().isEmpty()) return Optional.empty();
                Optional<String> v = ctx.param(t.positional().get(0), true);
                v.ifPresent(x -> tally.rewrote("Hugo param shortcode to its value"));
                return v;
            }
            case "blocks/link-down" -> {
                tally.rewrote("Docsy blocks/link-down removed (an arrow to the next block)");
                return Optional.of("");
            }
            case "figure" -> {
                String src = t.param("src", 0);
                if (src.isEmpty()) return Optional.empty();
                String alt = first(t.param("alt", 99), t.param("title", 99));
                String caption = first(t.param("caption", 99), t.param("title", 99));
                tally.rewrote("Hugo figure shortcode to an image");
                return Optional.of("![" + alt + "](" + src + ")" + (caption.isEmpty() ? "" : "\n\n*" + caption + "*"));
            }
            case "youtube" -> {
                String id = t.param("id", 0);
                if (id.isEmpty()) return Optional.empty();
                tally.rewrote("Hugo youtube shortcode to a link");
                return Optional.of("[" + first(t.param("title", 99), "Video on YouTube") + "](https://www.youtube.com/watch?v="
                        + id + ")");
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Hugo's ref lookup: from the content root, from the page's folder, then by file name. */
    private Optional<String> ref(String target) {
        if (target.isEmpty()) return Optional.empty();
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash);
        if (path.isEmpty()) return Optional.of(anchor);
        String root = ctx.plan().contentRoot;
        List<String> bases = new ArrayList<>();
        Paths.resolve(root, ctx.srcFolder(), path).ifPresent(bases::add);
        Paths.resolve(root, root, path.startsWith("/") ? path : "/" + path).ifPresent(bases::add);
        for (String base : bases) {
            String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            for (String candidate : List.of(b, b + ".md", b + "/_index.md", b + "/index.md")) {
                Optional<String> content = ctx.contentOf(candidate).filter(Layouts::isMarkdown);
                if (content.isPresent()) return Optional.of(ctx.linkTo(content.get()) + anchor);
            }
        }
        String name = Layouts.name(path);
        List<Plan.Entry> byName = ctx.plan().pages.stream()
                .filter(e -> Layouts.name(e.src()).equals(name) || Layouts.name(e.src()).equals(name + ".md")).toList();
        return byName.size() == 1 ? Optional.of(ctx.linkTo(byName.get(0).content()) + anchor) : Optional.empty();
    }

    /** An image of the page's bundle whose name holds {@code name}, as Docsy's imgproc finds it. */
    private Optional<String> image(String name, String caption, String kind) {
        if (name.isEmpty()) return Optional.empty();
        for (Plan.Entry e : ctx.plan().files) {
            if (Layouts.folderOf(e.src()).equals(ctx.srcFolder()) && Layouts.name(e.src()).contains(name)
                    && IMAGE.matcher(e.src()).matches()) {
                tally.rewrote(kind);
                String alt = caption.replace("\n", " ").replace("[", "").replace("]", "");
                return Optional.of("![" + alt + "](" + ctx.linkTo(e.content()) + ")"
                        + (caption.isEmpty() ? "" : "\n\n*" + caption + "*"));
            }
        }
        return Optional.empty();
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }

    private static char closer(char delimiter) {
        return delimiter == '<' ? '>' : '%';
    }

    private Optional<Tag> closeOf(String text, Tag open) {
        int depth = 0;
        int pos = open.end();
        while (true) {
            Optional<Tag> t = next(text, pos);
            if (t.isEmpty()) return Optional.empty();
            if (!t.get().escaped() && t.get().name().equals(open.name())) {
                if (!t.get().closing()) {
                    depth++;
                } else if (depth == 0) {
                    return t;
                } else {
                    depth--;
                }
            }
            pos = t.get().end();
        }
    }

    /** The next shortcode tag at or after {@code from}. */
    static Optional<Tag> next(String text, int from) {
        int a = text.indexOf("{{<", from);
        int b = text.indexOf("{{%", from);
        int start = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        if (start < 0) return Optional.empty();
        char delimiter = text.charAt(start + 2);
        int close = text.indexOf(closer(delimiter) + "}}", start + 3);
        if (close < 0) return Optional.empty();
        String inner = text.substring(start + 3, close);
        String trimmed = inner.strip();
        boolean escaped = trimmed.startsWith("/*") && trimmed.endsWith("*/");
        if (escaped) trimmed = trimmed.substring(2, trimmed.length() - 2);
        boolean closing = trimmed.startsWith("/");
        String body = closing ? trimmed.substring(1).strip() : trimmed;
        int space = 0;
        while (space < body.length() && !Character.isWhitespace(body.charAt(space))) space++;
        String name = body.substring(0, space).toLowerCase(Locale.ROOT);
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(body.substring(space));
        while (m.find()) {
            if (m.group(1) != null) named.put(m.group(1), unquote(m.group(2)));
            else positional.add(unquote(m.group(3)));
        }
        return Optional.of(new Tag(start, close + 3, delimiter, closing, escaped, name, positional, named, trimmed));
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`")
                || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s;
    }
}
