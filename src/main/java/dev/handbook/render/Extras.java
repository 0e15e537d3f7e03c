package dev.handbook.render;

import dev.handbook.model.LinkTarget;
import dev.handbook.model.Messages;
import dev.handbook.model.Page;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages the site makes itself rather than from content: 404, a redirect page per old address,
 * the tag index, and a page per tag.
 */
final class Extras {
    record ExtraPage(String layout, String outputPath, String root, Views.PageView view) {
    }

    /** The 404 page; static hosts serve it for any missing path, at any depth. */
    static final String NOT_FOUND = "404.html";

    private final ResolvedSite site;
    private final NavPieces pieces;

    Extras(ResolvedSite site, NavPieces pieces) {
        this.site = site;
        this.pieces = pieces;
    }

    List<ExtraPage> pages() {
        List<ExtraPage> out = new ArrayList<>();
        // Served for /a/b/missing/ too, where links relative to the site root would break: with
        // base_url they are absolute; without, the theme's 404 script finds the root in the browser.
        String root404 = site.config().baseUrl().orElse("");
        Messages words = site.messages();
        out.add(new ExtraPage("404", NOT_FOUND, root404, view(words.text("not_found.title"), "404", root404, List.of())));
        for (ResolvedSite.Redirect r : site.redirects()) out.add(redirect(r));
        if (site.tags().isEmpty()) return out;
        List<Views.ChildView> tagList = new ArrayList<>();
        for (ResolvedSite.Tag t : site.tags().values()) {
            tagList.add(new Views.ChildView(t.name(), Urls.href("../", "tags/" + t.slug() + "/index.html"),
                    words.count("tags.pages", t.pages().size(), Map.of()), false, ""));
        }
        out.add(new ExtraPage("tags", "tags/index.html", "../", view(words.text("tags.title"), "tags", "../", tagList)));
        for (ResolvedSite.Tag t : site.tags().values()) {
            String root = "../../";
            List<Views.ChildView> pages = new ArrayList<>();
            for (int i : t.pages()) {
                Page p = site.page(i);
                pages.add(new Views.ChildView(p.title(), Urls.href(root, p.outputPath()), p.description(), false, ""));
            }
            out.add(new ExtraPage("tag", "tags/" + t.slug() + "/index.html", root,
                    view(words.format("tags.tag", Map.of("tag", t.name())), "tag", root, pages)));
        }
        return out;
    }

    /** A page that sends its old address on: a refresh, a canonical link and a link a reader can follow. */
    private ExtraPage redirect(ResolvedSite.Redirect r) {
        int slash = r.outputPath().lastIndexOf('/');
        String root = Urls.root(slash < 0 ? "" : r.outputPath().substring(0, slash + 1));
        String title;
        String href;
        if (r.target().isPresent() && r.target().get() instanceof LinkTarget.ToPage p) {
            title = site.page(p.page()).title();
            href = Urls.href(root, site.page(p.page()).outputPath()) + Urls.fragment(p.anchor());
        } else if (r.target().isPresent() && r.target().get() instanceof LinkTarget.ToFile f) {
            title = f.outputPath();
            href = Urls.href(root, f.outputPath());
        } else {
            title = r.external().orElseThrow();
            href = title;
        }
        Views.PageView view = new Views.PageView(title, "", "redirect", "redirect", title, false, "", List.of(), List.of(), null,
                List.of(), null, null, List.of(), List.of(), List.of(), FieldMap.EMPTY, List.of(),
                new Views.RedirectView(title, href), null, null, null, false, null, null, null, null);
        return new ExtraPage("redirect", r.outputPath(), root, view);
    }

    private Views.PageView view(String title, String kind, String root, List<Views.ChildView> children) {
        List<Views.LinkView> crumbs = List.of(Links.page(site.home(), root));
        List<Views.NavItem> nav = NavBuilder.sidebar(site, 0, root);
        return new Views.PageView(title, "", kind, kind, title, false, "", crumbs, nav, pieces.html(nav).orElse(null),
                List.of(), null, null, children, List.of(), List.of(), FieldMap.EMPTY, List.of(), null, null, null, null,
                false, null, null, null, null);
    }
}
