package dev.handbook.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become
 * links), run only on text that could hold a link. The extension runs a regular expression over
 * every text node of a page, which cost a sixth of parsing; a link needs a ':' (a scheme), an '@'
 * (an address) or "www.", so text without any of them is left alone. Text followed by an entity is
 * always handed over, since the extension reads across the entity ({@code http&#58;//}).
 */
final class Autolinks implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the autolink extension could find anything in this text node. */
    static boolean mayHoldLink(Node text) {
        Node next = text.getNext();
        if (next instanceof TypographicText || next instanceof HtmlEntity) return true;
        BasedSequence chars = text.getChars();
        for (int i = 0, n = chars.length(); i < n; i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '&') return true;
            if (c == 'w' && i + 3 < n && chars.charAt(i + 1) == 'w' && chars.charAt(i + 2) == 'w'
                    && chars.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Filter(document);
        }
    }

    private static final class Filter extends NodePostProcessor {
        private final Document document;
        private AutolinkNodePostProcessor delegate;

        Filter(Document document) {
            this.document = document;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (!mayHoldLink(node)) return;
            if (delegate == null) delegate = new AutolinkNodePostProcessor(document);
            delegate.process(state, node);
        }
    }
}
