package dev.handbook.render;

import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.Heading;
import dev.handbook.model.Messages;
import dev.handbook.model.NavTree;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.TypeSchema;
import dev.handbook.resolve.RecentChanges;
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
 * nothing) and auto-escaping; templates receive {@link Views} records only, and the site's words
 * through {@code t} and {@code day} ({@link MessageExtension}).
 *
 * <pre>{@code
 * SiteRenderer renderer = SiteRenderer.create(theme, config, site.messages()).value().orElseThrow();
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
    /** Time one page may take; tests shorten it. */
    long pageBudgetMillis = TemplateBudget.PAGE_BUDGET_MILLIS;
    private volatile IndexFor lastIndex;

    private SiteRenderer(PebbleEngine engine, PathLoader loader, Theme theme, SiteConfig config) {
        this.engine = engine;
        this.loader = loader;
        this.theme = theme;
        this.config = config;
    }

    /**
     * Sets up Pebble over the theme, with {@code messages} for its words, and compiles the base
     * layouts, so a template syntax error stops the build early.
     */
    public static Staged<Optional<SiteRenderer>> create(Theme theme, SiteConfig config, Messages messages) {
        PathLoader loader = new PathLoader(theme.dirs());
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                // No cap of Pebble's: it wraps the writer once more at every include and layout
                // level, and each write then goes through all of them (a third of the render
                // time). PageWriter caps the page; the template budget stops runaway loops.
                .maxRenderedSize(-1)
                .extension(new TemplateBudget())
                .extension(new MessageExtension(messages))
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
        return render(pageInput(site, index));
    }

    /**
     * The site's own pages: 404, the tag index and one page per tag; its diagnostics include those
     * of {@link #siteProblems}, since this runs once per build.
     */
    public Staged<List<OutputFile>> renderExtras(ResolvedSite site) {
        List<OutputFile> out = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>(siteProblems(site));
        for (RenderInput e : extraInputs(site)) {
            Staged<Optional<OutputFile>> r = render(e);
            diags.addAll(r.diagnostics());
            r.value().ifPresent(out::add);
        }
        return new Staged<>(out, diags);
    }

    /** Problems of the theme's settings in handbook.yml, such as a logo that is not a file of the site. */
    public List<Diagnostic> siteProblems(ResolvedSite site) {
        return index(site).branding().problems();
    }

    /** What page {@code index}'s HTML is made from: with the same templates, equal inputs give equal bytes. */
    public RenderInput pageInput(ResolvedSite site, int index) {
        Page page = site.page(index);
        String root = Urls.root(page.url());
        return new RenderInput(layoutFor(page), page.outputPath(), siteView(site, root, page.outputPath()),
                pageView(site, page, root));
    }

    /** What the site's own pages (404, tags) are made from, in the order {@link #renderExtras} writes them. */
    public List<RenderInput> extraInputs(ResolvedSite site) {
        List<RenderInput> out = new ArrayList<>();
        for (Extras.ExtraPage e : new Extras(site, index(site).nav()).pages()) {
            out.add(new RenderInput("layouts/" + e.layout() + ".peb", e.outputPath(), siteView(site, e.root(), e.outputPath()),
                    e.view()));
        }
        return out;
    }

    public Staged<Optional<OutputFile>> render(RenderInput input) {
        return render(input.layout(), input.outputPath(), input.site(), input.page());
    }

    /**
     * A digest of each template of the theme chain by name ({@code partials/nav.peb}), the one a
     * render would load: comparing two of these says which templates changed between two renderers.
     */
    public static java.util.SortedMap<String, String> templateDigests(Theme theme) {
        return TemplateGraph.digests(theme.dirs());
    }

    /**
     * Whether {@code layout} may read one of {@code templates} (theme-relative names such as
     * {@code partials/nav.peb}), following {@code extends}, {@code include}, {@code import} and
     * {@code embed}; true whenever a template names another through an expression, which cannot be followed.
     */
    public boolean layoutUses(String layout, java.util.Set<String> templates) {
        return TemplateGraph.uses(loader, layout, templates);
    }

    private Staged<Optional<OutputFile>> render(String layout, String outputPath, Views.SiteView site,
                                                Views.PageView page) {
        PageWriter w = new PageWriter(PAGE_CHROME_BYTES + page.content().length(), MAX_PAGE_BYTES);
        TemplateBudget.start(pageBudgetMillis);
        try {
            PebbleTemplate t = engine.getTemplate(layout);
            t.evaluate(w, Map.of("site", site, "page", page));
        } catch (PebbleException e) {
            return new Staged<>(Optional.empty(), List.of(toDiagnostic(e, layout)));
        } catch (StackOverflowError e) {
            return new Staged<>(Optional.empty(), List.of(Diagnostic.error(SourcePos.file(templateDisplay(layout)),
                    "template error: recursion too deep while rendering %s (a macro calling itself for ever?)",
                    outputPath).withRule("template")));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        } finally {
            TemplateBudget.stop();
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

    /** What every page shows of the site; {@code outputPath} is the page's file, for its canonical URL. */
    Views.SiteView siteView(ResolvedSite site, String root, String outputPath) {
        boolean restricted = !site.edition().equals(config.widestAudience());
        BrandingFiles branding = index(site).branding();
        String baseUrl = config.baseUrl().orElse(null);
        String pageUrl = baseUrl == null || outputPath.equals(Extras.NOT_FOUND) ? null
                : baseUrl + Urls.encodePath(outputPath.endsWith("index.html")
                ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath);
        return new Views.SiteView(config.title(), config.description(), config.language(), root,
                Urls.href(root, "index.html"), root + "assets/", site.edition(), restricted,
                site.tags().isEmpty() ? null : Urls.href(root, "tags/index.html"), VERSION,
                branding.logo().map(p -> Urls.href(root, p)).orElse(null),
                branding.favicon().map(p -> Urls.href(root, p)).orElse(null), baseUrl, pageUrl,
                site.recent().map(r -> Urls.href(root, site.page(r.page()).outputPath())).orElse(null),
                site.recent().map(r -> Urls.href(root, RecentChanges.FEED)).orElse(null));
    }

    private Views.PageView pageView(ResolvedSite site, Page page, String root) {
        NavTree nav = site.nav();
        SiteIndex index = index(site).pages();
        List<Views.LinkView> crumbs = new ArrayList<>();
        for (int a : nav.ancestors(page.index())) {
            Page up = site.page(a);
            crumbs.add(new Views.LinkView(nav.label(a).orElse(up.title()), Urls.href(root, up.outputPath())));
        }
        List<Views.TocItem> toc = new ArrayList<>();
        for (Heading h : page.body().headings()) {
            if (h.level() == 2 || h.level() == 3) toc.add(new Views.TocItem(h.id(), h.text(), h.level()));
        }
        List<Views.ChildView> children = new ArrayList<>();
        for (int c : nav.children(page.index())) {
            Page child = site.page(c);
            children.add(new Views.ChildView(child.title(), Urls.href(root, child.outputPath()), child.description(),
                    nav.childCount(c) > 0, TypeDetails.meta(site, child)));
        }
        List<Views.LinkView> tags = new ArrayList<>();
        for (String tag : page.tags()) {
            String slug = dev.handbook.model.Slug.of(tag.toLowerCase(java.util.Locale.ROOT));
            ResolvedSite.Tag t = site.tags().get(slug);
            if (t != null) tags.add(new Views.LinkView(t.name(), Urls.href(root, "tags/" + slug + "/index.html")));
        }
        int i = page.index();
        Views.LinkView prev = i > 0 ? Links.page(site.page(i - 1), root) : null;
        Views.LinkView next = i + 1 < site.pages().size() ? Links.page(site.page(i + 1), root) : null;
        String editHref = config.editUrl().filter(u -> page.displayPath().startsWith("content/")
                        && !page.path().endsWith("/") && !page.path().isEmpty())
                .map(u -> u.replace("{path}", page.displayPath())).orElse(null);
        String audience = page.audience().equals(config.widestAudience()) ? null : page.audience();
        // A built-in type has a typed view instead of the generic fields of a type a handbook adds.
        Optional<Views.Details> typeView = TypeDetails.of(site, index, page, root);
        List<Views.NavItem> sidebar = NavBuilder.sidebar(site, i, root);
        Views.Details details = typeView.or(() -> OverviewDetails.of(site, page, root)).orElse(null);
        if (details != null) toc.addAll(details.sections(site.messages()));
        FieldMap fields = typeView.isPresent() ? FieldMap.EMPTY : FieldViews.of(site, page, root);
        Optional<dev.handbook.model.GitInfo> git = Optional.ofNullable(site.git().get(page.path()));
        TypeSchema schema = site.schema(page);
        return new Views.PageView(page.title(), page.description(), page.kind().name().toLowerCase(java.util.Locale.ROOT),
                page.type(), Words.label(site.messages(), schema, handbookLayer()), !schema.fields().isEmpty(),
                HoleFiller.fill(site, page, root), crumbs,
                sidebar, index(site).nav().html(sidebar).orElse(null), toc, prev, next, children, backlinks(site, page, root), tags,
                fields, FieldViews.facts(site, page, root), details,
                Links.owner(site, page, root), page.reviewed().map(Object::toString).orElse(null),
                site.reviewDue(page).map(Object::toString).orElse(null), site.stale(page),
                git.map(g -> g.date().toString()).orElse(null), git.map(g -> g.author()).orElse(null), editHref, audience);
    }

    /** Pages linking here, grouped by their type ("Roles", "Rituals"), groups in reading order of their first page. */
    private List<Views.Group> backlinks(ResolvedSite site, Page page, String root) {
        Map<String, List<Views.LinkView>> byType = new java.util.LinkedHashMap<>();
        for (int b : site.backlinks().get(page.index())) {
            Page from = site.page(b);
            byType.computeIfAbsent(Words.plural(site.messages(), site.schema(from), handbookLayer()),
                    k -> new ArrayList<>()).add(Links.page(from, root));
        }
        List<Views.Group> out = new ArrayList<>();
        byType.forEach((label, links) -> out.add(new Views.Group(label, null, links)));
        return out;
    }

    /** Cross-page relations and the site's branding files, computed once per site: the last site rendered keeps them. */
    private IndexFor index(ResolvedSite site) {
        IndexFor cached = lastIndex;
        if (cached != null && cached.site() == site) return cached;
        synchronized (this) {
            if (lastIndex == null || lastIndex.site() != site) {
                lastIndex = new IndexFor(site, new SiteIndex(site), new BrandingFiles(site, loader), navPieces(site));
            }
            return lastIndex;
        }
    }

    /**
     * How diagnostics name the handbook's own theme folder, whose type files keep their labels; ""
     * when the theme is the built-in one alone (a handbook inside this repository).
     */
    private String handbookLayer() {
        return theme.displayDirs().size() > 1 ? theme.displayDirs().get(0) : "";
    }

    private record IndexFor(ResolvedSite site, SiteIndex pages, BrandingFiles branding, NavPieces nav) {
    }

    /** The sidebar's pieces for this site, checked against nav.peb on the last page's sidebar (the deepest levels open). */
    NavPieces navPieces(ResolvedSite site) {
        int last = site.pages().size() - 1;
        if (last < 0) return NavPieces.probe(engine);
        return NavPieces.probe(engine).checkedWith(NavBuilder.sidebar(site, last, Urls.root(site.page(last).url())));
    }

    private Diagnostic toDiagnostic(PebbleException e, String fallbackTemplate) {
        String name = e.getFileName() != null ? e.getFileName() : fallbackTemplate;
        int line = e.getLineNumber() != null && e.getLineNumber() > 0 ? e.getLineNumber() : 0;
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : e.getMessage();
        if (message != null && message.startsWith("Tried to write more than")) {
            message = "the page grew past " + MAX_PAGE_BYTES / (1024 * 1024) + " MB and was stopped (a runaway loop?)";
        }
        return Diagnostic.error(new SourcePos(templateDisplay(name), line, 0), "template error: %s", message)
                .withRule("template");
    }

    /** A template's path as the user finds it: in the handbook's theme folder, or in the built-in theme. */
    private String templateDisplay(String name) {
        return loader.layer(name).map(theme.displayDirs()::get).orElse(theme.displayDirs().get(0)) + "/" + name;
    }
}
