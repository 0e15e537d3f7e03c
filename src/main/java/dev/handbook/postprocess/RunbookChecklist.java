package dev.handbook.postprocess;

import dev.handbook.model.Body;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A runbook's steps are its ordered lists and its task lists ({@code - [ ] ...}): each step gets one
 * checkbox, enabled and named by the step's own text, so a responder can tick the steps off in the
 * browser or on a printout. Task-list items lose their own disabled box, so a page has one kind of
 * checklist. Each list carries a digest of the runbook's text ({@code data-checklist}): the theme
 * keeps ticks per browser under the page and that digest, so a changed runbook starts unticked.
 */
public final class RunbookChecklist {
    private RunbookChecklist() {
    }

    public static Body apply(Body body) {
        if (!body.html().contains("<ol") && !body.html().contains("task-list-item")) return body;
        Document doc = Jsoup.parseBodyFragment(HoleMarkers.neutralise(body.html()));
        doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        ChecklistSteps.mark(doc.body(), digest(body.html()));
        HoleMarkers.scrubAttributes(doc);
        return new Body(HoleMarkers.restore(doc.body().html(), body.links().size()), body.headings(), body.links(), body.anchorLinks(),
                body.text(), body.ids(), body.rawHtml());
    }

    /** The first 12 hex digits of the SHA-256 of the runbook's HTML as written (before this pass). */
    static String digest(String html) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
