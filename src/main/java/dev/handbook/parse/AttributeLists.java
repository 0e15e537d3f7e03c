package dev.handbook.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;
import dev.handbook.diag.SourcePos;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribute lists, as kramdown, Python-Markdown's attr_list and Pandoc write them:
 * {@code ## Heading {#custom-id .class}}, a line {@code {: .note}} at the end of a paragraph or
 * right after a table, list, quote or code block, and {@code [text](url){: .class}} after a link,
 * image, code span or emphasis. The list is taken out of the text and its id, classes and safe
 * attributes go on the element. Only attributes that are safe on any element are taken
 * ({@link #SAFE}): no event handlers, no URLs, no styles, the same as the raw-HTML sanitizer keeps;
 * any other is left out with a warning at its position, never silently.
 */
final class AttributeLists {
    /** Attributes an attribute list may set: those the sanitizer keeps on every element. */
    static final Set<String> SAFE = Set.of("id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden");
    /** {@code {: ...}}, {@code {#...}} or {@code {.…}}, at the end of a text. */
    private static final Pattern TRAILING = Pattern.compile("[ \\t]*(\\{[:#.][^{}\\n]*})[ \\t]*$");
    /** The same at the start of a text, right after an inline element. */
    private static final Pattern LEADING = Pattern.compile("^\\{[:#.][^{}\\n]*}");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:#([\\w:-]+)(?=[\\s.#]|$)|\\.(-?[A-Za-z_][\\w-]*)(?=[\\s.#]|$)"
                    + "|([A-Za-z_:][-A-Za-z0-9_:.]*)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'}]+))|(\\S+))");

    /** The attributes of one element, in the order they are written: id, class, then the others. */
    record Attributes(Map<String, String> values) {
        Attributes {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        Optional<String> id() {
            return Optional.ofNullable(values.get("id"));
        }

        static final Attributes NONE = new Attributes(Map.of());

        /**
         * {@code  class="x" title="y"}, escaped and with a leading space, for markup we write; without
         * {@code except}, an attribute that markup writes itself.
         */
        String html(String... except) {
            StringBuilder sb = new StringBuilder();
            values.forEach((k, v) -> {
                if (!List.of(except).contains(k)) sb.append(' ').append(k).append("=\"").append(HandbookNodeRenderer.attr(v)).append('"');
            });
            return sb.toString();
        }
    }

    private final LineMap lines;
    private final List<Diagnostic> diags;
    private final Map<Node, Attributes> found = new IdentityHashMap<>();

    private AttributeLists(LineMap lines, List<Diagnostic> diags) {
        this.lines = lines;
        this.diags = diags;
    }

    /**
     * Finds the attribute lists of a parsed page, takes them out of its text and returns what each
     * element gets. Cheap when the page has none: only text holding "{" is looked at closely.
     */
    static Map<Node, Attributes> apply(Document doc, String text, LineMap lines, List<Diagnostic> diags) {
        if (text.indexOf('{') < 0) return Map.of();
        AttributeLists lists = new AttributeLists(lines, diags);
        List<Text> texts = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = MarkdownConverter.next(n, doc, true)) {
            if (n instanceof Text t && MarkdownConverter.contains(t.getChars(), '{')) texts.add(t);
        }
        for (Text t : texts) lists.visit(t);
        return lists.found;
    }

    private void visit(Text t) {
        if (t.getParent() == null) return;
        BasedSequence chars = t.getChars();
        Node previous = t.getPrevious();
        Matcher leading = LEADING.matcher(chars);
        if (previous != null && inline(previous) && leading.find()) {
            take(previous, t, 0, leading.end());
            return;
        }
        Matcher trailing = TRAILING.matcher(chars);
        if (t.getNext() != null || !trailing.find()) return;
        Node block = t.getParent();
        if (block instanceof Heading) {
            take(block, t, trailing.start(), trailing.end());
        } else if (block instanceof Paragraph p) {
            boolean ownLine = trailing.start(1) == 0;
            if (previous == null && ownLine) {
                onItsOwn(p, t, trailing.end(1));
            } else if (ownLine && p.getParent() instanceof ListItem item) {
                take(item.getParent(), t, 0, trailing.end()); // kramdown: a line right after a list is the list's
            } else {
                Node target = p.getParent() instanceof ListItem item && item.isInTightList() ? item : p;
                take(target, t, trailing.start(), trailing.end());
            }
        }
    }

    /**
     * A paragraph that is only an attribute list applies it to the table, list, quote or code
     * block on the line right above (kramdown's block attribute list), and goes; with no such block
     * it stays text, with a warning.
     */
    private void onItsOwn(Paragraph p, Text t, int end) {
        Node target = p.getPrevious();
        boolean adjacent = target != null && (target instanceof TableBlock || target instanceof ListBlock
                || target instanceof BlockQuote || target instanceof FencedCodeBlock || target instanceof IndentedCodeBlock)
                && lines.pos(target.getEndOffset() - 1).line() + 1 == lines.pos(p.getStartOffset()).line();
        if (adjacent) {
            if (take(target, t, 0, end) && !p.hasChildren()) p.unlink();
        } else if (parse(t.getChars().subSequence(0, end), false) != null) {
            warn(t.getStartOffset(), "this attribute list follows no element it could apply to (a heading, paragraph, "
                    + "table, list, quote or code block on the line above); it is shown as text");
        }
    }

    private static boolean inline(Node n) {
        return n instanceof Link || n instanceof LinkRef || n instanceof Image || n instanceof ImageRef
                || n instanceof Code || n instanceof Emphasis || n instanceof StrongEmphasis;
    }

    /**
     * Applies the list at {@code [start, end)} of {@code t} (with the spaces around it) to
     * {@code target}, and takes it out of the text; false when it is no attribute list after all.
     */
    private boolean take(Node target, Text t, int start, int end) {
        BasedSequence chars = t.getChars();
        Attributes attributes = parse(chars.subSequence(start, end).trim(), true);
        if (attributes == null) return false;
        found.merge(target, attributes, AttributeLists::merge);
        t.setChars(start == 0 ? chars.subSequence(end) : chars.subSequence(0, start));
        if (t.getChars().isEmpty()) {
            // A list on its own line leaves the line break before it, which would end the element's text.
            Node before = t.getPrevious();
            if (t.getNext() == null && (before instanceof SoftLineBreak || before instanceof HardLineBreak)) before.unlink();
            t.unlink();
        }
        return true;
    }

    private static Attributes merge(Attributes a, Attributes b) {
        Map<String, String> m = new LinkedHashMap<>(a.values());
        b.values().forEach((k, v) -> m.merge(k, v, (x, y) -> k.equals("class") ? x + " " + y : y));
        return new Attributes(m);
    }

    /**
     * The attributes of a list such as {@code {: #id .a .b title="x"}}, or null when the text is no
     * attribute list (it then stays text). Attributes that are not {@link #SAFE} are left out, and
     * reported when {@code report}.
     */
    private Attributes parse(BasedSequence list, boolean report) {
        String s = list.toString();
        int from = s.startsWith("{:") ? 2 : 1;
        String inner = s.substring(from, s.length() - 1);
        Map<String, String> values = new LinkedHashMap<>();
        List<String> classes = new ArrayList<>();
        List<Runnable> warnings = new ArrayList<>();
        Matcher m = TOKEN.matcher(inner);
        int at = 0;
        while (at < inner.length() && m.find(at) && m.start() == at && m.end() > at) {
            at = m.end();
            if (m.group(1) != null) {
                values.put("id", m.group(1));
            } else if (m.group(2) != null) {
                classes.add(m.group(2));
            } else if (m.group(3) != null) {
                String name = m.group(3).toLowerCase(Locale.ROOT);
                String value = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
                if (name.equals("class")) {
                    classes.addAll(List.of(value.strip().split("\\s+")));
                } else if (SAFE.contains(name)) {
                    values.put(name, value);
                } else {
                    int where = list.getStartOffset() + from + m.start(3);
                    warnings.add(() -> warn(where, "attribute '%s' is not supported in an attribute list and is left out "
                            + "(supported: %s)", name, SUPPORTED));
                }
            } else if (m.group(7).equals("-")) {
                continue; // Pandoc's "unnumbered": headings have no numbers here anyway
            } else if (!s.startsWith("{:")) {
                return null; // {#x ...} and {.x ...} are Pandoc's: anything else means it is no attribute list
            } else {
                int where = list.getStartOffset() + from + m.start(7);
                String word = m.group(7);
                warnings.add(() -> warn(where, "'%s' in an attribute list is not supported and is left out "
                        + "(write #id, .class or name=\"value\")", word));
            }
        }
        if (!inner.substring(at).isBlank() || values.isEmpty() && classes.isEmpty() && warnings.isEmpty()) return null;
        if (report) warnings.forEach(Runnable::run);
        Map<String, String> ordered = new LinkedHashMap<>();
        if (values.containsKey("id")) ordered.put("id", values.remove("id"));
        if (!classes.isEmpty()) ordered.put("class", String.join(" ", classes));
        ordered.putAll(values);
        return new Attributes(ordered);
    }

    private static final String SUPPORTED = "id, class, " + String.join(", ", SAFE.stream().sorted()
            .filter(x -> !x.equals("id") && !x.equals("class")).toList());

    private void warn(int offset, String message, Object... args) {
        SourcePos pos = lines.pos(offset);
        diags.add(Diagnostic.warning(pos, message, args).withRule("attribute-list"));
    }
}
