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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import dev.handbook.resolve.PageLookup.Found;

/**
 * Resolves every internal link of every page to a {@link LinkTarget}: a page (and anchor), a
 * static file, something this edition hides, or nothing (an error at the link's position).
 * Besides the path of a {@code .md} file, a link may name a page the way other generators and
 * GitHub let authors write it (see {@link LinkForms}); wherever it was written, the page renders
 * it as the relative URL of the target. Each lookup is a hash-map probe, so the work grows with the
 * number of links, not pages squared.
 */
final class LinkResolver {
    private final List<Page> pages;
    private final PageLookup lookup;
    private final Map<String, List<Integer>> byRef = new HashMap<>();
    private final Set<String> hiddenRefs;
    private final String edition;
    private final boolean mdLinks;
    private final Consumer<Diagnostic> report;

    /** A page's link targets, and the page itself with same-page anchors written another way corrected. */
    record Resolution(List<LinkTarget> targets, Page page) {
    }

    LinkResolver(List<Page> pages, List<StaticFile> staticFiles, PageAssembler.Assembled hiddenFrom,
                 List<ResolvedSite.Redirect> redirects, String edition, boolean mdLinks, Consumer<Diagnostic> report) {
        this.pages = pages;
        this.lookup = new PageLookup(pages, staticFiles, hiddenFrom.hidden(), hiddenFrom.hiddenUrls())
                .withAliases(redirects);
        this.hiddenRefs = hiddenFrom.hiddenRefs();
        this.edition = edition;
        this.mdLinks = mdLinks;
        this.report = report;
        for (Page p : pages) {
            byRef.computeIfAbsent(p.type() + ":" + p.slug(), k -> new ArrayList<>()).add(p.index());
            byRef.computeIfAbsent(p.slug(), k -> new ArrayList<>()).add(p.index());
        }
    }

    /** Link targets of one page, by link index. */
    Resolution resolve(Page page) {
        Body body = page.body();
        List<LinkTarget> out = new ArrayList<>(body.links().size());
        for (Link link : body.links()) out.add(resolve(page, link));
        Map<String, String> fixes = new TreeMap<>();
        for (Body.AnchorLink a : body.anchorLinks()) {
            if (body.ids().contains(a.anchor())) continue;
            Optional<String> id = Anchors.match(a.anchor(), body.ids());
            if (id.isPresent() && Anchors.plain(a.anchor())) {
                fixes.put(a.anchor(), id.get());
                continue;
            }
            if (Anchors.names(a.anchor(), page.title()) && Anchors.plain(a.anchor())) {
                fixes.put(a.anchor(), "top");
                continue;
            }
            report.accept(Diagnostic.error(a.pos(), "no heading '#%s' on this page%s", a.anchor(),
                    Suggestions.didYouMean(a.anchor(), body.ids())).withRule("missing-anchor"));
        }
        return new Resolution(out, fixes.isEmpty() ? page : page.withBody(Anchors.rewrite(body, fixes)));
    }

    private LinkTarget resolve(Page from, Link link) {
        return link.kind() == Link.Kind.REF ? ref(from, link) : path(from, link);
    }

    private LinkTarget path(Page from, Link link) {
        List<String> readings = LinkForms.readings(from, link);
        Optional<Found> found = Optional.empty();
        String foundBy = "";
        for (String reading : readings) {
            Optional<Found> f = lookup.find(reading);
            if (f.isEmpty()) continue;
            if (found.isEmpty()) {
                found = f;
                foundBy = reading;
            } else if (!f.get().equals(found.get())) {
                ambiguous(from, link, found.get(), f.get());
            }
        }
        if (found.isEmpty()) return broken(link, readings);
        if (mdLinks) checkStyle(from, link, found.get(), foundBy);
        if (found.get() instanceof Found.ToPage p) return anchored(p.page(), link);
        if (found.get() instanceof Found.ToFile f) return new LinkTarget.ToFile(f.file().path());
        return hiddenTarget(link, ((Found.Hidden) found.get()).reason());
    }

    private LinkTarget broken(Link link, List<String> readings) {
        String t = link.target();
        // Each reading of the link may be the one with a typo: the first that is near a page says so.
        String hint = readings.stream().map(this::suggestion).filter(h -> !h.isEmpty()).findFirst().orElse("");
        String message = LinkForms.isFilePath(t)
                ? (link.image() ? "missing image '%s': no file content/%s%s" : "broken link '%s': no page or file content/%s%s")
                : "broken link '%s': no page content/%s.md, no folder content/%s/ and no file of that name%s";
        Object[] args = LinkForms.isFilePath(t)
                ? new Object[]{link.written(), t, hint}
                : new Object[]{link.written(), LinkForms.base(t), LinkForms.base(t), hint};
        report.accept(Diagnostic.error(link.pos(), message, args)
                .withRule(link.image() ? "missing-image" : "broken-link"));
        return new LinkTarget.Broken();
    }

    /**
     * " (did you mean 'x'?)" with the nearest path in the target's folder, comparing every form a
     * page can be reached by with the form the link was written in.
     */
    private String suggestion(String target) {
        if (LinkForms.isFilePath(target)) return Suggestions.didYouMean(target, candidatesNear(target));
        String base = LinkForms.base(target);
        String folder = PageAssembler.folderOf(base);
        Map<String, String> byBase = new TreeMap<>();
        for (Page p : pages) {
            String b = LinkForms.base(p.url());
            if (!p.url().isEmpty() && PageAssembler.folderOf(b).equals(folder)) byBase.putIfAbsent(b, p.path());
        }
        for (String s : lookup.statics().keySet()) if (PageAssembler.folderOf(s).equals(folder)) byBase.putIfAbsent(s, s);
        return Suggestions.closest(base, byBase.keySet()).map(b -> " (did you mean '" + byBase.get(b) + "'?)").orElse("");
    }

    private void ambiguous(Page from, Link link, Found first, Found second) {
        report.accept(Diagnostic.warning(link.pos(), "link '%s' names two things: %s from the folder of %s, and %s "
                        + "from the page's address /%s; it leads to the first", link.written(), describe(first),
                from.displayPath(), describe(second), from.url())
                .withHint("write the path of the .md file you mean to say which").withRule("link"));
    }

    private String describe(Found f) {
        if (f instanceof Found.ToPage p) return pages.get(p.page()).displayPath();
        if (f instanceof Found.ToFile s) return s.file().displayPath();
        return "content the edition leaves out";
    }

    /** With {@code link_style: md}, a link to a page must be the path of its file, relative to the page. */
    private void checkStyle(Page from, Link link, Found found, String foundBy) {
        if (!(found instanceof Found.ToPage p)) return;
        Page to = pages.get(p.page());
        boolean asFile = link.raw().endsWith(".md") || link.raw().endsWith(".markdown");
        boolean generatedFolder = to.path().endsWith("/") || to.path().isEmpty();
        if (generatedFolder || asFile && foundBy.equals(link.target()) && to.path().equals(link.target())) return;
        String relative = LinkForms.relative(PageAssembler.folderOf(from.path()), to.path());
        report.accept(Diagnostic.warning(link.pos(), "link '%s' is not written as the page's file: write '%s'",
                link.written(), relative + (link.anchor().isEmpty() ? "" : "#" + link.anchor()))
                .withHint("handbook.yml asks for links to .md files (link_style: md)").withRule("link-style"));
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

    /**
     * A page with the link's anchor: the id as written, or the one heading id it names when written
     * as another generator makes ids ({@code #exclude_docs} for the heading id {@code exclude-docs}).
     */
    private LinkTarget anchored(int page, Link link) {
        if (page < 0 || link.anchor().isEmpty()) return new LinkTarget.ToPage(page, link.anchor());
        Page target = pages.get(page);
        if (target.body().ids().contains(link.anchor())) return new LinkTarget.ToPage(page, link.anchor());
        Optional<String> id = Anchors.match(link.anchor(), target.body().ids());
        if (id.isPresent()) return new LinkTarget.ToPage(page, id.get());
        // The page's leading heading, which the theme shows as its title: the top of the page.
        if (Anchors.names(link.anchor(), target.title())) return new LinkTarget.ToPage(page, "");
        report.accept(Diagnostic.error(link.pos(), "broken link '%s': %s has no heading '#%s'%s", link.written(),
                target.displayPath(), link.anchor(), Suggestions.didYouMean(link.anchor(), target.body().ids()))
                .withRule("missing-anchor"));
        return new LinkTarget.Broken();
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
        for (String p : lookup.paths().keySet()) if (PageAssembler.folderOf(p).equals(folder)) out.add(p);
        for (String s : lookup.statics().keySet()) if (PageAssembler.folderOf(s).equals(folder)) out.add(s);
        return out;
    }

    static Optional<Integer> targetPage(LinkTarget t) {
        return t instanceof LinkTarget.ToPage p && p.page() >= 0 ? Optional.of(p.page()) : Optional.empty();
    }
}
