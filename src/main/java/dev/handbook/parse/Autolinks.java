package dev.handbook.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become
 * links), run only on text that could hold a link. As a Flexmark post-processor the extension
 * classified every node of a page and ran a regular expression over every text node, a sixth of
 * parsing; a link needs a ':' (a scheme), an '@' (an address) or "www.", so text without any of
 * them is left alone. Text followed by an entity is always handed over, since the extension reads
 * across the entity ({@code http&#58;//}).
 *
 * <p>Runs right after parsing, in the order Flexmark's post-processing would: every text node of
 * the parsed page, in document order, skipping those an earlier link swallowed.
 */
final class Autolinks {
    private Autolinks() {
    }

    static void link(Document doc) {
        List<Node> texts = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = MarkdownConverter.next(n, doc, true)) {
            if (n instanceof Text) texts.add(n);
        }
        AutolinkNodePostProcessor linker = null;
        for (Node text : texts) {
            if (text.getParent() == null || !mayHoldLink(text)) continue;
            if (linker == null) linker = new AutolinkNodePostProcessor(doc);
            linker.process(UNTRACKED, text);
        }
    }

    /** Whether the autolink extension could find anything in this text node. */
    static boolean mayHoldLink(Node text) {
        Node next = text.getNext();
        if (next instanceof TypographicText || next instanceof HtmlEntity) return true;
        BasedSequence chars = text.getChars();
        if (chars instanceof SubSequence && chars.getBase() instanceof String s) {
            return mayHoldLink(s, chars.getStartOffset(), chars.getEndOffset());
        }
        return mayHoldLink(chars.toString(), 0, chars.length());
    }

    private static boolean mayHoldLink(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '@' || c == '&') return true;
            if (c == 'w' && s.startsWith("ww.", i + 1) && i + 3 < end) return true;
        }
        return false;
    }

    /** Nothing else post-processes the tree, so nothing needs to hear about the nodes it changes. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
