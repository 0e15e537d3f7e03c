package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Consecutive {@link Tab}s: one set of content tabs, of which a reader sees one at a time. */
final class TabSet extends Block {
    /**
     * The level of the headings that show each tab's label when the page's script does not run:
     * one below the heading the set stands under (decided by {@link Containers}).
     */
    int labelLevel = 2;

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
