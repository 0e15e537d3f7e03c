package dev.handbook.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mkdocs-autorefs' cross-references, outside code: {@code [text][id]} and {@code [id][]} whose id
 * has no reference definition on the page. MkDocs linked them to the heading with that id on any
 * page ({@link TocAnchors}) or to the object mkdocstrings documented under that identifier; a
 * renderer without autorefs shows the brackets as text. Each that names a heading becomes a link
 * to it; each that names an object of an mkdocstrings block (the block's identifier, or one under
 * it, such as a class's method) becomes a link to the note the block became ({@link
 * GeneratedReference#anchor}); both are counted and placed. An id that names neither, or a heading
 * of several pages, stays as written and is left for a person. Only when mkdocs.yml enables the
 * autorefs plugin, or mkdocstrings, which brings it: without it MkDocs showed the brackets too.
 */
final class AutoRefs {
    static final String TO_HEADING = "MkDocs autorefs cross-reference to a heading, to a link";
    static final String TO_OBJECT = "MkDocs autorefs cross-reference to an mkdocstrings object, to a link to its note";
    static final String UNKNOWN = "MkDocs autorefs cross-reference to no heading or mkdocstrings object of the site "
            + "(shown as text)";
    static final String AMBIGUOUS = "MkDocs autorefs cross-reference to a heading or object of several pages "
            + "(MkDocs linked one of them)";
    /**
     * {@code [text][id]} or {@code [text][]}: the text may hold code spans and brackets one level
     * deep, and run over lines; not an image's, not escaped.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\\\!])\\[((?:\\\\.|`[^`\\n]*`|[^\\[\\]\\\\`]|\\[[^\\[\\]\\n]*\\])+)\\]\\[([^\\[\\]\\n]*)\\]");
    /** A reference definition's label, in a quote or list too. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^[ \\t>]*\\[([^\\]\\n]+)\\]:");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t>]*\\n");

    /**
     * Where each id autorefs knew leads: heading ids and mkdocstrings identifiers, each to the
     * content paths of the pages that have it, in the import's page order.
     */
    record Targets(Map<String, List<String>> headings, Map<String, List<String>> objects) {
        static final Targets NONE = new Targets(Map.of(), Map.of());

        Targets {
            headings = copy(headings);
            objects = copy(objects);
        }

        private static Map<String, List<String>> copy(Map<String, List<String>> map) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return java.util.Collections.unmodifiableMap(out);
        }
    }

    /** Where an id leads: the kind of rewrite, the pages that have it, and the id on them, if any. */
    private record Found(String kind, List<String> pages, Optional<String> anchor) {
    }

    private AutoRefs() {
    }

    /**
     * The targets of the plan's pages, read as the conversion will read them: after their snippets,
     * before anything else. Called once, with the plan, before any page is converted.
     */
    static Targets targets(Plan plan, SrcTree tree) {
        Map<String, List<String>> headings = new LinkedHashMap<>();
        Map<String, List<String>> objects = new LinkedHashMap<>();
        for (Plan.Entry page : plan.pages) {
            Optional<String> text = tree.text(page.src());
            if (text.isEmpty()) continue;
            PageContext ctx = new PageContext(page.src(), page.content(), Map.of(), plan, tree, Optional.empty());
            // What the snippets tally or leave is counted when the page itself is converted.
            String body = Snippets.expand(PageText.split(text.get()).body(), ctx, new Tally(), new Leftovers());
            for (String id : TocAnchors.of(body, plan.mkdocstrings)) add(headings, id, page.content());
            for (String id : GeneratedReference.identifiers(body, plan)) add(objects, id, page.content());
        }
        return new Targets(headings, objects);
    }

    private static void add(Map<String, List<String>> map, String id, String page) {
        List<String> pages = map.computeIfAbsent(id, k -> new ArrayList<>());
        if (!pages.contains(page)) pages.add(page);
    }

    /** The body with each cross-reference autorefs resolved as a link; {@code left} places each, and each left. */
    static String convert(String body, PageContext ctx, Tally tally, Leftovers left) {
        if (!ctx.plan().autorefs || !body.contains("][")) return body;
        Set<String> defined = definitions(body);
        return MarkdownRewrites.replaceOutsideCode(body, REFERENCE, m -> {
            String text = m.group(1);
            String label = m.group(2).isEmpty() ? text : m.group(2);
            if (BLANK_LINE.matcher(m.group()).find() || label.isBlank() || label.strip().startsWith("^")
                    || defined.contains(normalised(label))) {
                return m.group();
            }
            String id = m.group(2).isEmpty() ? identifierOf(text) : m.group(2).strip();
            Optional<Found> found = find(id, ctx.plan().autorefTargets);
            if (found.isEmpty()) {
                left.add(m.group(), UNKNOWN);
                return m.group();
            }
            Optional<String> page = pick(found.get().pages(), ctx.content());
            if (page.isEmpty()) {
                left.add(m.group(), AMBIGUOUS);
                return m.group();
            }
            String link = "[" + text + "](" + url(ctx, page.get(), found.get().anchor()) + ")";
            tally.rewrote(found.get().kind());
            left.placeRewrite(link, found.get().kind(), m.group());
            return link;
        });
    }

    /**
     * What {@code id} names: an mkdocstrings object by its identifier, a heading by its id, or an
     * object under the one of an mkdocstrings block ({@code a.B.f} under {@code a.B}, the longest).
     */
    private static Optional<Found> find(String id, Targets targets) {
        List<String> object = targets.objects().get(id);
        if (object != null) return Optional.of(new Found(TO_OBJECT, object, GeneratedReference.anchor(id)));
        List<String> heading = targets.headings().get(id);
        if (heading != null) return Optional.of(new Found(TO_HEADING, heading, Optional.of(id)));
        String best = "";
        for (String o : targets.objects().keySet()) {
            if (id.startsWith(o + ".") && o.length() > best.length()) best = o;
        }
        if (best.isEmpty()) return Optional.empty();
        return Optional.of(new Found(TO_OBJECT, targets.objects().get(best), GeneratedReference.anchor(best)));
    }

    /** The page a reference on {@code from} leads to: that page itself when it has the id, or the only one. */
    private static Optional<String> pick(List<String> pages, String from) {
        if (pages.contains(from)) return Optional.of(from);
        return pages.size() == 1 ? Optional.of(pages.get(0)) : Optional.empty();
    }

    private static String url(PageContext ctx, String page, Optional<String> anchor) {
        if (page.equals(ctx.content()) && anchor.isPresent()) return "#" + anchor.get();
        String path = ctx.linkTo(page) + anchor.map(a -> "#" + a).orElse("");
        return path.contains(" ") ? "<" + path + ">" : path;
    }

    /** autorefs' identifier for {@code [text][]}: the text, without the backticks of a code span that is all of it. */
    private static String identifierOf(String text) {
        String t = text.strip();
        if (t.length() > 2 && t.startsWith("`") && t.endsWith("`") && t.indexOf('`', 1) == t.length() - 1) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** The labels of the page's reference definitions, outside code, as Markdown matches them. */
    private static Set<String> definitions(String body) {
        Code code = Code.of(body);
        Set<String> out = new HashSet<>();
        Matcher m = DEFINITION.matcher(body);
        while (m.find()) {
            if (!code.at(m.start(1) - 1)) out.add(normalised(m.group(1)));
        }
        return out;
    }

    private static String normalised(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
