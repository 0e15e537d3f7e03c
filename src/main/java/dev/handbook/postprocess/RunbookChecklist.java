package dev.handbook.postprocess;

import dev.handbook.model.Body;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A runbook's steps are its ordered lists: each step gets a checkbox, so a responder can tick the
 * steps off in the browser (no script needed) or on a printout. Each box is labelled with
 * {@code stepLabel} ("Step {n} done" in English), {@code {n}} standing for the step's number.
 */
public final class RunbookChecklist {
    private RunbookChecklist() {
    }

    public static Body apply(Body body, String stepLabel) {
        if (!body.html().contains("<ol")) return body;
        Document doc = Jsoup.parseBodyFragment(HoleMarkers.neutralise(body.html()));
        doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        int step = 0;
        for (Element ol : doc.select("ol")) {
            ol.addClass("checklist");
            for (Element li : ol.children()) {
                if (!li.tagName().equals("li")) continue;
                step++;
                li.addClass("checklist-step");
                li.prependElement("input").attr("type", "checkbox").addClass("step-check")
                        .attr("aria-label", stepLabel.replace("{n}", Integer.toString(step)));
            }
        }
        HoleMarkers.scrubAttributes(doc);
        return new Body(HoleMarkers.restore(doc.body().html(), body.links().size()), body.headings(), body.links(), body.anchorLinks(),
                body.text(), body.ids(), body.rawHtml());
    }
}
