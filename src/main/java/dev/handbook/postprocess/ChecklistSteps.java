package dev.handbook.postprocess;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the items of a runbook's ordered lists and task lists into checklist steps: a checkbox
 * before each, labelled by the step's own text (its first paragraph, or its text up to a nested
 * list), with ids {@code rb-step-N} in reading order.
 */
final class ChecklistSteps {
    /** Elements that end a step's own text: what follows them belongs to a nested block. */
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "div", "pre", "blockquote", "table", "dl",
            "aside", "section", "details", "h1", "h2", "h3", "h4", "h5", "h6", "hr");

    private ChecklistSteps() {
    }

    static void mark(Element root, String digest) {
        int step = 0;
        for (Element list : root.select("ol, ul")) {
            boolean ordered = list.tagName().equals("ol");
            List<Element> items = new ArrayList<>();
            for (Element li : list.children()) {
                if (li.tagName().equals("li") && (ordered || li.hasClass("task-list-item"))) items.add(li);
            }
            if (items.isEmpty()) continue;
            list.addClass("checklist").attr("data-checklist", digest);
            if (!ordered) list.addClass("checklist-tasks");
            for (Element li : items) step(li, ++step);
        }
    }

    private static void step(Element li, int n) {
        java.util.Optional<Element> taskBox = taskBox(li);
        boolean ticked = taskBox.map(b -> b.hasAttr("checked")).orElse(false);
        taskBox.ifPresent(b -> {
            removeWithSpace(b);
            li.removeClass("task-list-item");
        });
        li.addClass("checklist-step");
        String id = "rb-step-" + n;
        Element text = stepText(li, id + "-text");
        Element box = new Element("input").attr("type", "checkbox").addClass("step-check").id(id)
                .attr("aria-labelledby", text.id());
        if (ticked) box.attr("checked", true);
        li.prependChild(box);
    }

    /** A task-list item's own checkbox: a child of the item, or of its first paragraph in a loose list. */
    private static java.util.Optional<Element> taskBox(Element li) {
        if (!li.hasClass("task-list-item")) return java.util.Optional.empty();
        for (Element c : li.children()) {
            if (c.tagName().equals("input")) return java.util.Optional.of(c);
            if (c.tagName().equals("p")) return c.children().stream().filter(d -> d.tagName().equals("input")).findFirst();
        }
        return java.util.Optional.empty();
    }

    /** The step's own text as one element with the given id: its first paragraph, or its leading inline content wrapped. */
    private static Element stepText(Element li, String id) {
        if (!li.children().isEmpty() && li.child(0).tagName().equals("p") && leadingTextIsBlank(li, li.child(0))) {
            return li.child(0).id(id).addClass("step-text");
        }
        Element span = new Element("span").id(id).addClass("step-text");
        List<Node> inline = new ArrayList<>();
        for (Node n : li.childNodes()) {
            if (n instanceof Element e && BLOCKS.contains(e.tagName())) break;
            inline.add(n);
        }
        for (Node n : inline) span.appendChild(n);
        li.prependChild(span);
        return span;
    }

    private static boolean leadingTextIsBlank(Element li, Element first) {
        for (Node n : li.childNodes()) {
            if (n == first) return true;
            if (!(n instanceof TextNode t) || !t.isBlank()) return false;
        }
        return true;
    }

    /** A task list's box and the non-breaking space the Markdown renderer put after it. */
    private static void removeWithSpace(Element box) {
        Node next = box.nextSibling();
        if (next instanceof TextNode t) {
            String s = t.getWholeText();
            if (s.startsWith("\u00a0") || s.startsWith(" ")) t.text(s.substring(1));
        }
        box.remove();
    }
}
