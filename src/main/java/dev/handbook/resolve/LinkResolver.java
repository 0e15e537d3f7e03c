package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Body;
import dev.handbook.model.Link;
import dev.handbook.model.LinkTarget;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Resolves every internal link of every page to a {@link LinkTarget}: a page (and anchor), a
 * static file, something this edition hides, or nothing (an error at the link's position).
 * Each lookup is a hash-map probe, so the work grows with the number of links, not pages squared.
 */
final class LinkResolver {
    private final List<Page> pages;
    private final Map<String, Integer> byPath = new HashMap<>();
    private final Map<String, List<Integer>> byRef = new HashMap<>();
    private final Map<String, StaticFile> statics = new HashMap<>();
    private final Map<String, String> hidden;
    private final Set<String> hiddenRefs;
    private final String edition;
    private final Consumer<Diagnostic> report;

    LinkResolver(List<Page> pages, List<StaticFile> staticFiles, Map<String, String> hidden, Set<String> hiddenRefs,
                 String edition, Consumer<Diagnostic> report) {
        this.pages = pages;
        this.hidden = hidden;
        this.hiddenRefs = hiddenRefs;
        this.edition = edition;
        this.report = report;
        for (Page p : pages) {
            byPath.put(p.path(), p.index());
            if (p.kind() != Page.Kind.PAGE) {
                String folder = TreeBuilder.folderOfSection(p);
                byPath.put(folder.isEmpty() ? "" : folder + "/", p.index());
                byPath.putIfAbsent(folder, p.index());
            }
            byRef.computeIfAbsent(p.type() + ":" + p.slug(), k -> new ArrayList<>()).add(p.index());
            byRef.computeIfAbsent(p.slug(), k -> new ArrayList<>()).add(p.index());
        }
        for (StaticFile s : staticFiles) statics.put(s.path(), s);
    }

    /** Link targets of one page, by link index. */
    List<LinkTarget> resolve(Page page) {
        Body body = page.body();
        List<LinkTarget> out = new ArrayList<>(body.links().size());
        for (Link link : body.links()) out.add(resolve(page, link));
        for (Body.AnchorLink a : body.anchorLinks()) {
            if (!body.ids().contains(a.anchor())) {
                report.accept(Diagnostic.error(a.pos(), "no heading '#%s' on this page%s", a.anchor(),
                        Suggestions.didYouMean(a.anchor(), body.ids())).withRule("missing-anchor"));
            }
        }
        return out;
    }

    private LinkTarget resolve(Page from, Link link) {
        return link.kind() == Link.Kind.REF ? ref(from, link) : path(from, link);
    }

    private LinkTarget path(Page from, Link link) {
        String t = link.target();
        Integer page = byPath.get(t);
        if (page == null && !t.endsWith(".md") && !t.endsWith("/")) page = byPath.get(t + ".md");
        if (page != null) return anchored(page, link);
        StaticFile file = statics.get(t);
        if (file != null) return new LinkTarget.ToFile(file.path());
        String reason = hidden.get(t);
        if (reason == null && !t.endsWith("/")) reason = hidden.get(t + ".md");
        if (reason == null) reason = hiddenIndex(t);
        if (reason != null) return hiddenTarget(link, reason);
        report.accept(Diagnostic.error(link.pos(), link.image() ? "missing image '%s': no file content/%s%s"
                        : "broken link '%s': no page or file content/%s%s", link.written(), t,
                Suggestions.didYouMean(t, candidatesNear(t))).withRule(link.image() ? "missing-image" : "broken-link"));
        return new LinkTarget.Broken();
    }

    private String hiddenIndex(String t) {
        String folder = t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
        for (String name : PageAssembler.INDEX_NAMES) {
            String reason = hidden.get(folder.isEmpty() ? name : folder + "/" + name);
            if (reason != null) return reason;
        }
        return null;
    }

    private LinkTarget ref(Page from, Link link) {
        String t = link.target();
        List<Integer> found = byRef.getOrDefault(t, List.of());
        if (found.size() == 1) return anchored(found.get(0), link);
        if (found.size() > 1) {
            List<String> where = found.stream().map(i -> pages.get(i).displayPath()).toList();
            report.accept(Diagnostic.error(link.pos(), "ambiguous reference %s: %s", link.written(),
                    String.join(", ", where)).withHint("write [[type:slug]] to say which").withRule("reference"));
            return new LinkTarget.Broken();
        }
        if (hiddenRefs.contains(t)) return hiddenTarget(link, "restricted");
        int colon = t.indexOf(':');
        String type = colon < 0 ? "page" : t.substring(0, colon);
        String slug = colon < 0 ? t : t.substring(colon + 1);
        Set<String> sameType = new TreeSet<>();
        for (Page p : pages) if (colon < 0 || p.type().equals(type)) sameType.add(p.slug());
        report.accept(Diagnostic.error(link.pos(), "unknown %s '%s'%s", type, slug,
                Suggestions.didYouMean(slug, sameType)).withRule("reference"));
        return new LinkTarget.Broken();
    }

    private LinkTarget anchored(int page, Link link) {
        if (page < 0 || link.anchor().isEmpty()) return new LinkTarget.ToPage(page, link.anchor());
        Page target = pages.get(page);
        if (!target.body().ids().contains(link.anchor())) {
            report.accept(Diagnostic.error(link.pos(), "broken link '%s': %s has no heading '#%s'%s", link.written(),
                    target.displayPath(), link.anchor(), Suggestions.didYouMean(link.anchor(), target.body().ids()))
                    .withRule("missing-anchor"));
            return new LinkTarget.Broken();
        }
        return new LinkTarget.ToPage(page, link.anchor());
    }

    private LinkTarget hiddenTarget(Link link, String reason) {
        String what = reason.equals("a draft") ? "a draft" : "not in the '" + edition + "' edition";
        report.accept(Diagnostic.warning(link.pos(), "link '%s' leads to content that is %s; it is shown as plain text",
                link.written(), what).withRule("hidden-link"));
        return new LinkTarget.Hidden();
    }

    /** Paths in the same folder as a broken link's target: the likely typos, without scanning the site. */
    private List<String> candidatesNear(String target) {
        String folder = PageAssembler.folderOf(target);
        List<String> out = new ArrayList<>();
        for (String p : byPath.keySet()) if (PageAssembler.folderOf(p).equals(folder)) out.add(p);
        for (String s : statics.keySet()) if (PageAssembler.folderOf(s).equals(folder)) out.add(s);
        return out;
    }

    static Optional<Integer> targetPage(LinkTarget t) {
        return t instanceof LinkTarget.ToPage p && p.page() >= 0 ? Optional.of(p.page()) : Optional.empty();
    }
}
