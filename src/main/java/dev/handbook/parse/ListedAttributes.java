package dev.handbook.parse;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.Map;

/**
 * Puts the attributes of attribute lists ({@link AttributeLists}) on the elements that Flexmark's own
 * renderers write: paragraphs, lists, tables, quotes, code blocks, code spans, emphasis. Headings,
 * links and images, which our renderer writes, take theirs there.
 */
final class ListedAttributes implements AttributeProvider {
    private final Map<Node, AttributeLists.Attributes> attributes;

    private ListedAttributes(Map<Node, AttributeLists.Attributes> attributes) {
        this.attributes = attributes;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes html) {
        if (part != AttributablePart.NODE && part != CoreNodeRenderer.TIGHT_LIST_ITEM && part != CoreNodeRenderer.LOOSE_LIST_ITEM) {
            return; // a code block's <code>, a link's href...: parts of the element, not the element
        }
        AttributeLists.Attributes a = attributes.get(node);
        if (a == null) return;
        // A class joins those the renderer gives (a table's "table"); any other value is the list's.
        a.values().forEach((k, v) -> {
            if (k.equals("class")) html.addValue(k, v);
            else html.replaceValue(k, v);
        });
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            HandbookNodeRenderer.Decisions d = HandbookNodeRenderer.DECISIONS.get(context.getDocument());
            return new ListedAttributes(d == null ? Map.of() : d.attributes());
        }
    }
}
