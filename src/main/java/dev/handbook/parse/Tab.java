package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * One content tab, MkDocs Material's (pymdownx.tabbed) {@code === "Label"} followed by content
 * indented by four spaces. {@code ===!} starts a new set of tabs where it would join the one before,
 * and {@code ===+} is the tab shown first. Consecutive tabs form a {@link TabSet}.
 */
final class Tab extends Block {
    BasedSequence openingMarker = BasedSequence.NULL;
    BasedSequence label = BasedSequence.NULL;

    /** Whether the marker says {@code !}: this tab starts a set of its own. */
    boolean startsSet() {
        return openingMarker.indexOf('!') >= 0;
    }

    /** Whether the marker says {@code +}: the tab shown first. */
    boolean selected() {
        return openingMarker.indexOf('+') >= 0;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[]{openingMarker, label};
    }
}
