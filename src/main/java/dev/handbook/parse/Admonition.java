package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An admonition: {@code !!! type "Title"} followed by content indented by four spaces. The
 * {@code ???} and {@code ???+} markers (pymdownx.details in MkDocs) make it collapsible: closed,
 * and open at first.
 */
final class Admonition extends Block {
    BasedSequence openingMarker = BasedSequence.NULL;
    BasedSequence info = BasedSequence.NULL;
    BasedSequence titleOpeningMarker = BasedSequence.NULL;
    BasedSequence title = BasedSequence.NULL;
    BasedSequence titleClosingMarker = BasedSequence.NULL;

    /** Whether it folds away ({@code ???}, {@code ???+}): a {@code <details>} element rather than a box. */
    boolean collapsible() {
        return openingMarker.length() > 0 && openingMarker.charAt(0) == '?';
    }

    /** Whether a collapsible one starts open ({@code ???+}). */
    boolean startsOpen() {
        return openingMarker.endsWith("+");
    }

    /** The title a reader sees: as written, or the type with a capital when none was written. */
    String titleText() {
        if (!title.isNull() && !title.isBlank()) return title.toString();
        String kind = info.toString();
        return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

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
