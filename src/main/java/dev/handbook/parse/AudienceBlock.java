package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code ::: audience managers} ... {@code :::}: content only some audiences may read. */
final class AudienceBlock extends Block {
    String audience = "";
    boolean closed;
    int openingOffset;

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
