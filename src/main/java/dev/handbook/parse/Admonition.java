package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An admonition: {@code !!! type "Title"} followed by content indented by four spaces. The
 * {@code ??? } and {@code ???+} markers (collapsible in MkDocs) are read the same way.
 */
final class Admonition extends Block {
    BasedSequence openingMarker = BasedSequence.NULL;
    BasedSequence info = BasedSequence.NULL;
    BasedSequence titleOpeningMarker = BasedSequence.NULL;
    BasedSequence title = BasedSequence.NULL;
    BasedSequence titleClosingMarker = BasedSequence.NULL;

    /** The type as written ({@code warning}). */
    BasedSequence info() {
        return info;
    }

    /** The title between its quotes, as written (escapes are kept), or {@link BasedSequence#NULL}. */
    BasedSequence title() {
        return title;
    }

    void setTitleChars(BasedSequence quoted) {
        if (quoted.isNull()) return;
        int n = quoted.length();
        titleOpeningMarker = quoted.subSequence(0, 1);
        title = quoted.subSequence(1, n - 1);
        titleClosingMarker = quoted.subSequence(n - 1, n);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[]{openingMarker, info, titleOpeningMarker, title, titleClosingMarker};
    }
}
