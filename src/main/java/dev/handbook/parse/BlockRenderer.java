package dev.handbook.parse;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Locale;
import java.util.Set;

/**
 * HTML for the blocks that handbooks borrow from MkDocs Material, each readable without script:
 * admonitions ({@code <aside>}, or {@code <details>} when collapsible, which browsers open and close
 * themselves), content tabs (every panel under a heading with its label; the theme's {@code tabs.js}
 * turns them into a tab list), {@code <mark>}, and abbreviation definitions, which show nothing.
 */
final class BlockRenderer implements NodeRenderer {
    private final TextWriter writer;
    private final ParseLabels labels;

    private BlockRenderer(TextWriter writer, ParseLabels labels) {
        this.writer = writer;
        this.labels = labels;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Admonition.class, this::admonition),
                new NodeRenderingHandler<>(TabSet.class, this::tabSet),
                new NodeRenderingHandler<>(Tab.class, this::tab),
                new NodeRenderingHandler<>(Mark.class, this::mark),
                new NodeRenderingHandler<>(AbbreviationDefinition.class, (n, c, h) -> { }));
    }

    private void admonition(Admonition node, NodeRendererContext context, HtmlWriter html) {
        String kind = node.info().toString().toLowerCase(Locale.ROOT);
        String classes = "admonition admonition-" + HandbookNodeRenderer.attr(kind);
        // Written without a title, the box is titled in the site's language: "!!! warning" is "Warnung" in German.
        String title = node.title().isNull() || node.title().isBlank() ? labels.admonition(kind) : node.titleText();
        if (node.collapsible()) {
            html.raw("<details class=\"" + classes + "\"" + (node.startsOpen() ? " open" : "") + ">\n");
            html.raw("<summary class=\"admonition-title\">");
            writer.text(title, html);
            html.raw("</summary>\n");
            context.renderChildren(node);
            html.raw("</details>\n");
            return;
        }
        // role="alert" is for news that interrupts; a box written on the page is a note, whatever its kind.
        html.raw("<aside class=\"" + classes + "\" role=\"note\">\n");
        html.raw("<p class=\"admonition-title\">");
        writer.text(title, html);
        html.raw("</p>\n");
        context.renderChildren(node);
        html.raw("</aside>\n");
    }

    private void tabSet(TabSet node, NodeRendererContext context, HtmlWriter html) {
        html.raw("<div class=\"tabbed-set\">\n");
        context.renderChildren(node);
        html.raw("</div>\n");
    }

    /** A panel under a heading that names it; {@code tabs.js} makes the heading its tab. */
    private void tab(Tab node, NodeRendererContext context, HtmlWriter html) {
        String level = Integer.toString(node.getParent() instanceof TabSet set ? set.labelLevel : 2);
        html.raw("<div class=\"tabbed-panel" + (node.selected() ? " tabbed-selected" : "") + "\">\n");
        html.raw("<h" + level + " class=\"tabbed-label\">");
        writer.text(node.label.toString(), html);
        html.raw("</h" + level + ">\n");
        context.renderChildren(node);
        html.raw("</div>\n");
    }

    private void mark(Mark node, NodeRendererContext context, HtmlWriter html) {
        writer.markup(html, "<mark>");
        context.renderChildren(node);
        writer.markup(html, "</mark>");
    }

    static final class Factory implements NodeRendererFactory {
        private final ParseLabels labels;

        Factory(ParseLabels labels) {
            this.labels = labels;
        }

        @Override
        public NodeRenderer apply(DataHolder options) {
            HandbookNodeRenderer.Decisions d = HandbookNodeRenderer.DECISIONS.get(options); // options hold the page's Document
            return new BlockRenderer(new TextWriter(d.texts(), d.abbreviations()), labels);
        }
    }
}
