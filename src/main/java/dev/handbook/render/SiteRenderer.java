package dev.handbook.render;

import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.Heading;
import dev.handbook.model.NavTree;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.source.Theme;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage 5: the resolved site to HTML files through the theme's Pebble templates. Templates are
 * compiled once and shared by every thread; each page's view is built from the page, its
 * neighbours in the tree and its links only, never by scanning the site.
 *
 * <p>Pebble runs with strict variables (a misspelt variable fails the build instead of printing
 * nothing) and auto-escaping; templates receive {@link Views} records only.
 *
 * <pre>{@code
 * SiteRenderer renderer = SiteRenderer.create(theme, config).value().orElseThrow();
 * Staged<OutputFile> html = renderer.renderPage(site, 3);
 * }</pre>
 */
public final class SiteRenderer {
    /** A template that writes more than this for one page is stopped: it is stuck in a loop. */
    static final int MAX_PAGE_BYTES = 20 * 1024 * 1024;
    /** About what the default theme writes around a page's content, so a page's buffer rarely grows. */
    private static final int PAGE_CHROME_BYTES = 24 * 1024;
    private static final String VERSION = Optional.ofNullable(SiteRenderer.class.getPackage().getImplementationVersion())
            .orElse("dev");

    private final PebbleEngine engine;
    private final PathLoader loader;
    private final Theme theme;
    private final SiteConfig config;
    private final Map<String, String> layoutByType = new ConcurrentHashMap<>();

    private SiteRenderer(PebbleEngine engine, PathLoader loader, Theme theme, SiteConfig config) {
        this.engine = engine;
        this.loader = loader;
        this.theme = theme;
        this.config = config;
    }

    /** Sets up Pebble over the theme and compiles the base layouts, so a template syntax error stops the build early. */
    public static Staged<Optional<SiteRenderer>> create(Theme theme, SiteConfig config) {
        PathLoader loader = new PathLoader(theme.dirs());
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .defaultLocale(java.util.Locale.ROOT)
                .build();
        SiteRenderer renderer = new SiteRenderer(engine, loader, theme, config);
        List<Diagnostic> diags = new ArrayList<>();
        for (String layout : List.of("home", "section", "page", "404", "tag", "tags")) {
            String name = "layouts/" + layout + ".peb";
            if (!loader.resourceExists(name)) {
                diags.add(Diagnostic.error(SourcePos.file(theme.displayDirs().get(0) + "/" + name),
                        "the theme has no %s layout", layout).withRule("template"));
                continue;
            }
            try {
                engine.getTemplate(name);
            } catch (PebbleException e) {
                diags.add(renderer.toDiagnostic(e, name));
            }
        }
        return new Staged<>(diags.isEmpty() ? Optional.of(renderer) : Optional.empty(), diags);
    }

    public Staged<Optional<OutputFile>> renderPage(ResolvedSite site, int index) {
        Page page = site.page(index);
        String root = Urls.root(page.url());
        String layout = layoutFor(page);
        return render(layout, page.outputPath(), siteView(site, root), pageView(site, page, root));
    }

    /** The site's own pages: 404, the tag index and one page per tag. */
    public Staged<List<OutputFile>> renderExtras(ResolvedSite site) {
        List<OutputFile> out = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        Extras extras = new Extras(site);
        for (Extras.ExtraPage e : extras.pages()) {
            Staged<Optional<OutputFile>> r = render("layouts/" + e.layout() + ".peb", e.outputPath(),
                    siteView(site, e.root()), e.view());
            diags.addAll(r.diagnostics());
            r.value().ifPresent(out::add);
        }
        return new Staged<>(out, diags);
    }

    private Staged<Optional<OutputFile>> render(String layout, String outputPath, Views.SiteView site,
                                                Views.PageView page) {
        PageWriter w = new PageWriter(PAGE_CHROME_BYTES + page.content().length(), MAX_PAGE_BYTES);
        try {
            PebbleTemplate t = engine.getTemplate(layout);
            t.evaluate(w, Map.of("site", site, "page", page));
        } catch (PebbleException e) {
            return new Staged<>(Optional.empty(), List.of(toDiagnostic(e, layout)));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return Staged.of(Optional.of(new OutputFile(outputPath, w.toBytes())));
    }

    private String layoutFor(Page page) {
        return layoutByType.computeIfAbsent(page.type() + "/" + page.kind(), k -> {
            String typed = "layouts/" + page.type() + ".peb";
            if (loader.resourceExists(typed)) return typed;
            return "layouts/" + page.kind().name().toLowerCase(java.util.Locale.ROOT) + ".peb";
        });
    }

    Views.SiteView siteView(ResolvedSite site, String root) {
        boolean restricted = !site.edition().equals(config.widestAudience());
        return new Views.SiteView(config.title(), config.description(), config.language(), root,
                Urls.href(root, "index.html"), root + "assets/", site.edition(), restricted,
                site.tags().isEmpty() ? null : Urls.href(root, "tags/index.html"), VERSION);
    }

    private Views.PageView pageView(ResolvedSite site, Page page, String root) {
        NavTree nav = site.nav();
        List<Views.LinkView> crumbs = new ArrayList<>();
        for (int a : nav.ancestors(page.index())) crumbs.add(link(site.page(a), root));
        List<Views.TocItem> toc = new ArrayList<>();
        for (Heading h : page.body().headings()) {
            if (h.level() == 2 || h.level() == 3) toc.add(new Views.TocItem(h.id(), h.text(), h.level()));
        }
        List<Views.ChildView> children = new ArrayList<>();
        for (int c : nav.children(page.index())) {
            Page child = site.page(c);
            children.add(new Views.ChildView(child.title(), Urls.href(root, child.outputPath()), child.description(),
                    nav.childCount(c) > 0));
        }
        List<Views.LinkView> backlinks = new ArrayList<>();
        for (int b : site.backlinks().get(page.index())) backlinks.add(link(site.page(b), root));
        List<Views.LinkView> tags = new ArrayList<>();
        for (String tag : page.tags()) {
            String slug = dev.handbook.model.Slug.of(tag.toLowerCase(java.util.Locale.ROOT));
            ResolvedSite.Tag t = site.tags().get(slug);
            if (t != null) tags.add(new Views.LinkView(t.name(), Urls.href(root, "tags/" + slug + "/index.html")));
        }
        int i = page.index();
        Views.LinkView prev = i > 0 ? link(site.page(i - 1), root) : null;
        Views.LinkView next = i + 1 < site.pages().size() ? link(site.page(i + 1), root) : null;
        String editHref = config.editUrl().filter(u -> !page.path().endsWith("/") && !page.path().isEmpty())
                .map(u -> u.replace("{path}", "content/" + page.path())).orElse(null);
        String audience = page.audience().equals(config.widestAudience()) ? null : page.audience();
        return new Views.PageView(page.title(), page.description(), page.kind().name().toLowerCase(java.util.Locale.ROOT),
                page.type(), HoleFiller.fill(site, page, root), crumbs, NavBuilder.sidebar(site, i, root), toc, prev,
                next, children, backlinks, tags, page.owner().orElse(null),
                page.reviewed().map(Object::toString).orElse(null), editHref, audience);
    }

    static Views.LinkView link(Page p, String root) {
        return new Views.LinkView(p.title(), Urls.href(root, p.outputPath()));
    }

    private Diagnostic toDiagnostic(PebbleException e, String fallbackTemplate) {
        String name = e.getFileName() != null ? e.getFileName() : fallbackTemplate;
        String dir = loader.layer(name).map(theme.displayDirs()::get).orElse(theme.displayDirs().get(0));
        int line = e.getLineNumber() != null && e.getLineNumber() > 0 ? e.getLineNumber() : 0;
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : e.getMessage();
        return Diagnostic.error(new SourcePos(dir + "/" + name, line, 0), "template error: %s", message)
                .withRule("template");
    }
}
