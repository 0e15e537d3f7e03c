package dev.handbook.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.handbook.diag.LineMap;
import dev.handbook.diag.SourcePos;
import dev.handbook.model.Body;
import dev.handbook.model.SourceMarks;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our HTML for the nodes a handbook treats specially: internal links become holes, refused links
 * become text, headings get their ids and a self-link, audience blocks get
 * semantic markup, and HTML comments are dropped (the blocks borrowed from MkDocs are
 * {@link BlockRenderer}'s). What each node becomes was decided while
 * walking the tree ({@link MarkdownConverter}); this class only writes it.
 */
final class HandbookNodeRenderer implements NodeRenderer {
    /** Per document: what each link node became, and each heading's id. */
    static final NullableDataKey<Decisions> DECISIONS = new NullableDataKey<>("HANDBOOK_DECISIONS");

    /** A link node's fate: a hole for internal link N, an external URL, or plain text; and where it was written. */
    record LinkDecision(int hole, String href, String title, SourcePos pos) {
        static LinkDecision hole(int n, SourcePos pos) {
            return new LinkDecision(n, null, null, pos);
        }

        static LinkDecision external(String href, String title, SourcePos pos) {
            return new LinkDecision(-1, href, title, pos);
        }

        static LinkDecision text(SourcePos pos) {
            return new LinkDecision(-1, null, null, pos);
        }
    }

    /**
     * @param marks    the page's line map when elements are to carry their source position
     *                 ({@link SourceMarks}), for {@code handbook check}
     * @param rawMarks the page's line map when the start tags of raw HTML are to carry their
     *                 position: for the check, and for the sanitizer to say where it removed something
     */
    record Decisions(Map<Node, LinkDecision> links, Map<Node, String> headingIds,
                     Map<Node, AttributeLists.Attributes> attributes, boolean escapeHtml,
                     Optional<LineMap> marks, Optional<LineMap> rawMarks, DeferredText texts,
                     Abbreviations abbreviations) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(Code.class, HandbookNodeRenderer::code),
                new NodeRenderingHandler<>(HtmlEntity.class, HandbookNodeRenderer::entity),
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(LinkRef.class, this::link),
                new NodeRenderingHandler<>(WikiLink.class, this::link),
                new NodeRenderingHandler<>(AutoLink.class, this::link),
                new NodeRenderingHandler<>(MailLink.class, this::link),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(ImageRef.class, this::image),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(AudienceBlock.class, this::audienceBlock),
                new NodeRenderingHandler<>(AudienceBlockParser.FenceEnd.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, this::htmlCommentBlock),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(HtmlBlock.class, this::htmlBlock),
                new NodeRenderingHandler<>(HtmlInline.class, this::htmlInline));
    }

    /** The page's decisions, looked up once: a lookup per text node was a tenth of rendering. */
    private final Decisions decisions;
    private final TextWriter writer;

    private final ParseLabels labels;

    private HandbookNodeRenderer(Decisions decisions, ParseLabels labels) {
        this.decisions = decisions;
        this.writer = new TextWriter(decisions.texts(), decisions.abbreviations());
        this.labels = labels;
    }

    private void link(Node node, NodeRendererContext context, HtmlWriter html) {
        LinkDecision d = decisions.links().get(node);
        if (d == null && node instanceof RefNode ref) {
            undefined(ref, context, html);
            return;
        }
        if (d == null) d = LinkDecision.text(null);
        boolean marks = decisions.marks().isPresent() && d.pos() != null;
        if (d.hole() >= 0) {
            if (marks) html.raw(SourceMarks.open(SourceMarks.value(d.pos())));
            html.raw(Body.OPEN + Integer.toString(d.hole()) + Body.END);
            if (node instanceof WikiLink w && w.getText().isEmpty()) {
                html.raw(Body.TITLE + Integer.toString(d.hole()) + Body.END);
            } else {
                renderText(node, context, html);
            }
            html.raw(Body.CLOSE + Integer.toString(d.hole()) + Body.END);
            if (marks) html.raw(SourceMarks.CLOSE);
        } else if (d.href() != null) {
            AttributeLists.Attributes listed = attributes(node);
            markup(html, "<a" + (marks ? SourceMarks.attribute(d.pos()) : "") + " href=\"" + attr(Escaping.percentEncodeUrl(d.href())) + "\""
                    + (d.title() != null && !d.title().isEmpty() && !listed.values().containsKey("title")
                    ? " title=\"" + attr(d.title()) + "\"" : "") + listed.html() + ">");
            renderText(node, context, html);
            markup(html, "</a>");
        } else {
            renderText(node, context, html);
        }
    }

    /**
     * A reference to no definition ({@code [foo]}, {@code [bar][nope]}, {@code ![x]}) is text, brackets
     * and all, as Flexmark's own renderer writes it: the brackets are what the author wrote. A
     * reference whose definition this edition dropped (inside another audience's block) is such text too.
     */
    private static void undefined(RefNode node, NodeRendererContext context, HtmlWriter html) {
        if (!node.hasChildren()) {
            html.text(node.getChars().unescape());
            return;
        }
        html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
        context.renderChildren(node);
        html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
    }

    private static void renderText(Node node, NodeRendererContext context, HtmlWriter html) {
        if (node instanceof WikiLink w) {
            html.text(w.getText().isEmpty() ? w.getLink().toString() : w.getText().toString());
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            html.text(MarkdownConverter.autolinkText((com.vladsch.flexmark.ast.DelimitedLinkNode) node));
        } else {
            context.renderChildren(node);
        }
    }

    /**
     * Plain text, as Flexmark's core renderer writes it. Most of a page is such text, and Flexmark's
     * writer handles every character on its own; text it would write unchanged (see {@link DeferredText})
     * goes in once, escaped, after rendering.
     */
    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String s = null;
        for (int i = 0, n = chars.length(); i < n && s == null; i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&' || c == '\r') s = Escaping.normalizeEOL(chars.unescape());
        }
        if (s == null) s = string(chars); // nothing to unescape: the page's characters, in one copy
        writer.text(s, html);
    }

    /**
     * A code span as CommonMark 0.31 writes it (6.1): line endings become spaces, and one space is
     * taken off each end only when both ends have one and the span is not all spaces. Flexmark
     * follows an older spec and trims and collapses every run of spaces, so {@code ` a`} lost its
     * space. In a table cell, {@code \|} is a '|' also inside code (GFM 4.10).
     */
    private static void code(Code node, NodeRendererContext context, HtmlWriter html) {
        html.withAttr().tag("code");
        html.text(codeText(node));
        html.tag("/code");
    }

    static String codeText(Code node) {
        String s = Escaping.normalizeEOL(node.getText().toString()).replace('\n', ' ');
        if (s.length() >= 2 && s.charAt(0) == ' ' && s.charAt(s.length() - 1) == ' ' && !s.chars().allMatch(c -> c == ' ')) {
            s = s.substring(1, s.length() - 1);
        }
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableCell) return s.replace("\\|", "|");
        }
        return s;
    }

    private void markup(HtmlWriter html, String s) {
        writer.markup(html, s);
    }

    /**
     * An entity, decoded as Flexmark's core renderer does, except that {@code &#1;} to {@code &#4;}
     * become U+FFFD: decoded, they would be the control characters that mark link holes.
     */
    private static void entity(HtmlEntity node, NodeRendererContext context, HtmlWriter html) {
        html.text(decode(node));
    }

    /** An entity's character, never one of the control characters that mark link holes (see {@link #entity}). */
    static String decode(HtmlEntity node) {
        return withoutMarkers(node.getChars().unescape());
    }

    /** A sequence's text; a slice of the page's own string is cut out in one copy. */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String s) {
            return s.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    private void image(Node node, NodeRendererContext context, HtmlWriter html) {
        LinkDecision d = decisions.links().get(node);
        if (d == null && node instanceof RefNode ref) {
            undefined(ref, context, html);
            return;
        }
        String alt = MarkdownConverter.plainText(node);
        boolean marks = decisions.marks().isPresent() && d != null;
        if (d != null && d.hole() >= 0) {
            if (marks) html.raw(SourceMarks.open(SourceMarks.value(d.pos())));
            html.raw(Body.OPEN + Integer.toString(d.hole()) + Body.END);
            if (marks) html.raw(SourceMarks.CLOSE);
        } else if (d != null && d.href() != null) {
            html.raw("<img" + (marks ? SourceMarks.attribute(d.pos()) : "") + " src=\"" + attr(Escaping.percentEncodeUrl(d.href()))
                    + "\" alt=\"" + attr(alt) + "\"");
            AttributeLists.Attributes listed = attributes(node);
            if (d.title() != null && !d.title().isEmpty() && !listed.values().containsKey("title")) {
                html.raw(" title=\"" + attr(d.title()) + "\"");
            }
            html.raw(listed.html() + " loading=\"lazy\">");
        } else {
            html.text(alt);
        }
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        String id = decisions.headingIds().get(node);
        String tag = "h" + node.getLevel();
        String mark = decisions.marks().map(lines -> SourceMarks.attribute(lines.pos(node.getStartOffset()))).orElse("");
        markup(html, "<" + tag + mark + (id == null ? "" : " id=\"" + attr(id) + "\"") + attributes(node).html("id") + ">");
        context.renderChildren(node);
        markup(html, (id == null ? "" : "<a class=\"heading-anchor\" href=\"#" + attr(id)
                + "\" aria-label=\"" + attr(labels.headingAnchor()) + "\"></a>") + "</" + tag + ">\n");
    }

    private AttributeLists.Attributes attributes(Node node) {
        AttributeLists.Attributes a = decisions.attributes().get(node);
        return a == null ? AttributeLists.Attributes.NONE : a;
    }

    private void audienceBlock(AudienceBlock node, NodeRendererContext context, HtmlWriter html) {
        String label = Character.toUpperCase(node.audience.charAt(0)) + node.audience.substring(1);
        html.raw("<section class=\"audience-block\" data-audience=\"" + attr(node.audience) + "\" aria-label=\""
                + attr(labels.audience(label)) + "\">\n");
        // The badge marks the audience's name only, wherever the language puts it in the label.
        String marker = "\u0000";
        String[] around = labels.audience(marker).split(marker, -1);
        html.raw("<p class=\"audience-label\">");
        for (int i = 0; i < around.length; i++) {
            if (i > 0) html.raw("<span class=\"audience-badge\">").text(label).raw("</span>");
            html.text(around[i]);
        }
        html.raw("</p>\n");
        context.renderChildren(node);
        html.raw("</section>\n");
    }

    /**
     * An HTML block, as Flexmark's core renderer writes it: its lines without the prefixes of the
     * quotes and lists around it, and otherwise byte for byte (indentation inside {@code <pre>} and
     * CDATA included).
     */
    private void htmlBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        if (decisions.escapeHtml() || decisions.rawMarks().isEmpty()) {
            CoreNodeRenderer.renderHtmlBlock(node, context, html, false, decisions.escapeHtml(), false);
            return;
        }
        html.line();
        html.rawPre(marked(node.getContentChars()));
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    /**
     * A block that starts with an HTML comment: the comments are left out (they never reach the
     * site) and anything else the block holds is written as raw HTML, like any HTML block
     * ({@code <!-- note -->*text*} keeps its {@code *text*}).
     */
    private void htmlCommentBlock(HtmlCommentBlock node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence content = node.getContentChars();
        String rest = HtmlComments.strip(content.toString());
        if (rest.isBlank()) return;
        html.line();
        if (decisions.escapeHtml()) {
            html.raw("<p>");
            html.text(Escaping.normalizeEOL(rest.strip()));
            html.raw("</p>");
        } else {
            html.rawPre(Escaping.normalizeEOL(rest));
        }
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private void htmlInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        if (decisions.escapeHtml()) html.text(node.getChars().normalizeEOL());
        else html.rawPre(marked(node.getChars()));
    }

    /**
     * Raw HTML as written, with each start tag marked with its position when the check asks for
     * marks (the characters of a block inside a quote come from several lines of the file).
     */
    private String marked(BasedSequence chars) {
        String text = chars.toString();
        return Escaping.normalizeEOL(decisions.rawMarks()
                .map(lines -> RawHtmlMarks.mark(text, chars::getIndexOffset, lines))
                .orElse(text));
    }

    /**
     * An attribute value, escaped. A decoded entity can put a link hole's control characters into
     * one (a URL's {@code &#1;}), and the hole filler would then write a link's markup into the
     * attribute; they become U+FFFD, as in text.
     */
    static String attr(String s) {
        return DeferredText.escape(withoutMarkers(s));
    }

    /**
     * {@code s} with each character that marks a link hole ({@link Body#LAST_MARKER} and below)
     * made U+FFFD; {@code s} itself when it holds none, as nearly all text does.
     */
    static String withoutMarkers(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) <= Body.LAST_MARKER) {
                StringBuilder sb = new StringBuilder(s);
                for (int j = i; j < sb.length(); j++) {
                    if (sb.charAt(j) <= Body.LAST_MARKER) sb.setCharAt(j, '\uFFFD');
                }
                return sb.toString();
            }
        }
        return s;
    }

    static final class Factory implements NodeRendererFactory {
        private final ParseLabels labels;

        Factory(ParseLabels labels) {
            this.labels = labels;
        }

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new HandbookNodeRenderer(DECISIONS.get(options), labels); // options hold the page's Document
        }
    }
}
