package dev.handbook.render;

import dev.handbook.model.Page;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Links to pages, and references turned into links, relative to the page being rendered. */
final class Links {
    private Links() {
    }

    static Views.LinkView page(Page p, String root) {
        return new Views.LinkView(p.title(), Urls.href(root, p.outputPath()));
    }

    static List<Views.LinkView> pages(ResolvedSite site, List<Integer> pages, String root) {
        List<Views.LinkView> out = new ArrayList<>(pages.size());
        for (int p : pages) out.add(page(site.page(p), root));
        return out;
    }

    /**
     * A page reference as a link, a literal ({@code team}) as a link without a target, and a
     * reference to a page the edition hides as nothing.
     */
    static Optional<Views.LinkView> ref(ResolvedSite site, TypedValue.Ref r, String root) {
        if (r.page().isPresent()) return Optional.of(page(site.page(r.page().get()), root));
        return r.literal().map(l -> new Views.LinkView(FieldViews.label(l), null));
    }

    /** The link of a reference that may be absent, or null (for templates) when there is none. */
    static Views.LinkView refOrNull(ResolvedSite site, Optional<TypedValue.Ref> r, String root) {
        return r.flatMap(x -> ref(site, x, root)).orElse(null);
    }

    /** The references as links, leaving out the hidden ones. */
    static List<Views.LinkView> refs(ResolvedSite site, List<TypedValue.Ref> refs, String root) {
        List<Views.LinkView> out = new ArrayList<>(refs.size());
        for (TypedValue.Ref r : refs) ref(site, r, root).ifPresent(out::add);
        return out;
    }

    /** The audience a page is restricted to, for its badge in the narrower edition; null when everyone may read it. */
    static String audience(ResolvedSite site, Page p) {
        return p.audience().equals(site.config().widestAudience()) ? null : p.audience();
    }

    /** Who owns a page: a link to the role or team, a handle as a link without href, or null. */
    static Views.LinkView owner(ResolvedSite site, Page p, String root) {
        Optional<TypedValue> owner = site.findOwner(p.index());
        if (owner.isEmpty()) return null;
        if (owner.get() instanceof TypedValue.Handle h) return new Views.LinkView(h.handle(), null);
        return ref(site, (TypedValue.Ref) owner.get(), root).orElse(null);
    }
}
