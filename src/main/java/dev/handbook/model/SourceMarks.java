package dev.handbook.model;

import dev.handbook.diag.SourcePos;

/**
 * How HTML rendered for {@code handbook check} says where each of its elements was written, so a
 * problem found in the rendered page can point at the Markdown line that caused it.
 *
 * <p>Only when the parser is asked for marks (a normal build never has them): every element the
 * Markdown stage writes itself carries {@code data-hb-src="LINE:COL"} (headings, links and images
 * to other sites, and each start tag of raw HTML); internal links and images, whose tags are
 * written later by the renderer, are wrapped in {@code <hb-src data-hb-src="LINE:COL">}; and the
 * whole body is wrapped in {@code <hb-src data-hb-src="0:0">}, which names the file only. An
 * element with no mark on itself or an ancestor came from the theme.
 */
public final class SourceMarks {
    public static final String ATTRIBUTE = "data-hb-src";
    public static final String TAG = "hb-src";
    public static final String CLOSE = "</" + TAG + ">";
    /** The mark of the whole body: the page's file, without a line. */
    public static final String WHOLE_FILE = "0:0";

    private SourceMarks() {
    }

    /** The attribute's value for a position: {@code "12:5"}. */
    public static String value(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }

    /** {@code  data-hb-src="12:5"}, with its leading space, ready to put into a start tag. */
    public static String attribute(SourcePos pos) {
        return " " + ATTRIBUTE + "=\"" + value(pos) + "\"";
    }

    /** The start of a wrapper around HTML the renderer writes later. */
    public static String open(String value) {
        return "<" + TAG + " " + ATTRIBUTE + "=\"" + value + "\">";
    }
}
