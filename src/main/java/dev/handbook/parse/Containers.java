package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;

import java.util.List;

/**
 * What the walk over a page notes about admonitions and content tabs: their titles and labels are
 * text to search; a collapsible or a tab with nothing in it is a warning (its content was most
 * likely meant to be indented); and a set of tabs gets the heading level its labels show at.
 */
final class Containers {
    private Containers() {
    }

    /**
     * @param headingLevel the level of the last heading before {@code n} (1, the page title, if none)
     * @param text         the search text being collected, which titles and labels join
     */
    static void visit(Node n, int headingLevel, StringBuilder text, LineMap lines, List<Diagnostic> diags) {
        if (n instanceof Admonition a) {
            text.append(' ').append(a.titleText()).append(' ');
            if (a.collapsible() && a.getFirstChild() == null) {
                diags.add(Diagnostic.warning(lines.pos(a.getStartOffset()), "collapsible '%s' has nothing to show when "
                        + "opened", a.titleText()).withHint("indent its content by four spaces under the '"
                        + a.openingMarker + "' line").withRule("empty-block"));
            }
        } else if (n instanceof TabSet set) {
            set.labelLevel = Math.min(6, Math.max(headingLevel, enclosingLevel(set)) + 1);
        } else if (n instanceof Tab tab) {
            text.append(' ').append(tab.label).append(' ');
            if (tab.label.isBlank()) {
                diags.add(Diagnostic.warning(lines.pos(tab.getStartOffset()), "content tab has no label, so its button "
                        + "says nothing").withHint("write the label between the quotes: === \"Linux\"").withRule("empty-block"));
            }
            if (tab.getFirstChild() == null) {
                diags.add(Diagnostic.warning(lines.pos(tab.getStartOffset()), "content tab%s has nothing in it",
                                tab.label.isBlank() ? "" : " '" + tab.label + "'")
                        .withHint("indent the tab's content by four spaces under its '=== \"...\"' line")
                        .withRule("empty-block"));
            }
        }
    }

    /** The label level of the set of tabs that {@code set} stands in, or 1. */
    private static int enclosingLevel(TabSet set) {
        for (Node p = set.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TabSet outer) return outer.labelLevel;
        }
        return 1;
    }
}
