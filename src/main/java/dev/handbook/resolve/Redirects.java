package dev.handbook.resolve;

import dev.handbook.config.ContentSettings;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.LinkTarget;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The redirect pages of the edition: a page's {@code aliases:} (Hugo) and {@code redirect_from:}
 * (Jekyll), and handbook.yml's {@code redirects:} (MkDocs' redirect_maps, GOV.UK tech docs). An old
 * address is a site URL ({@code /old/page/} or {@code /old/page.html}; without a leading '/', an
 * alias is read from its page's folder) or the path of a former file ({@code old/page.md}, whose
 * page was {@code old/page/}). Each redirect is checked against every page and file of the site,
 * in every edition, and against the other redirects; its target must exist. A page the edition
 * leaves out brings no redirect into it, so no wider edition learns its address.
 */
final class Redirects {
    private final Map<String, String> claims = new HashMap<>();
    private final Map<String, ResolvedSite.Redirect> made = new HashMap<>();
    private final List<ResolvedSite.Redirect> out = new ArrayList<>();
    private final Consumer<Diagnostic> report;

    private Redirects(Consumer<Diagnostic> report) {
        this.report = report;
    }

    static List<ResolvedSite.Redirect> collect(List<Page> pages, List<StaticFile> statics,
                                               PageAssembler.Assembled assembled, List<ContentSettings.RedirectRule> rules,
                                               Consumer<Diagnostic> report) {
        Redirects r = new Redirects(report);
        for (Page p : pages) r.claim(p.outputPath(), p.displayPath());
        for (StaticFile s : statics) r.claim(s.path(), s.displayPath());
        assembled.hiddenUrls().keySet().forEach(url -> r.claim(url + "index.html", "a page of another edition"));
        assembled.hidden().keySet().forEach(path -> {
            if (!LinkForms.isMarkdown(path)) r.claim(path, "content/" + path);
        });
        for (Page p : pages) {
            for (String key : List.of("aliases", "redirect_from")) {
                for (Value.Scalar alias : scalars(p.fields().get(key), key, report)) {
                    r.alias(p, alias);
                }
            }
        }
        PageLookup lookup = new PageLookup(pages, statics, assembled.hidden(), assembled.hiddenUrls());
        for (ContentSettings.RedirectRule rule : rules) r.rule(rule, pages, lookup);
        return r.out;
    }

    private void claim(String path, String who) {
        claims.putIfAbsent(path.toLowerCase(Locale.ROOT), who);
    }

    private void alias(Page p, Value.Scalar alias) {
        String written = alias.text().strip();
        if (written.contains("://")) {
            error(alias.pos(), "alias '%s' must be an address of this site, such as /old/page/", written);
            return;
        }
        String folder = PageAssembler.folderOf(p.path());
        outputPath(written, written.startsWith("/") ? "" : folder, alias.pos())
                .ifPresent(path -> add(new ResolvedSite.Redirect(path, Optional.of(new LinkTarget.ToPage(p.index(), "")),
                        Optional.empty(), alias.pos()), written));
    }

    private void rule(ContentSettings.RedirectRule rule, List<Page> pages, PageLookup lookup) {
        Optional<String> path = outputPath(rule.from(), "", rule.pos());
        if (path.isEmpty()) return;
        String to = rule.to();
        if (to.startsWith("https://") || to.startsWith("http://")) {
            add(new ResolvedSite.Redirect(path.get(), Optional.empty(), Optional.of(to), rule.pos()), rule.from());
            return;
        }
        int hash = to.indexOf('#');
        String anchor = hash < 0 ? "" : to.substring(hash + 1);
        String target = hash < 0 ? to : to.substring(0, hash);
        Optional<PageLookup.Found> found = LinkForms.normalise("", target.startsWith("/") ? target.substring(1) : target)
                .flatMap(lookup::find);
        if (found.isEmpty()) {
            error(rule.pos(), "redirects: '%s' leads to '%s', which is no page or file of content/%s", rule.from(), to,
                    Suggestions.didYouMean(target, lookup.paths().keySet()));
            return;
        }
        if (found.get() instanceof PageLookup.Found.Hidden) return; // the edition may not name it, nor link to it
        LinkTarget t;
        if (found.get() instanceof PageLookup.Found.ToFile f) {
            t = new LinkTarget.ToFile(f.file().path());
        } else {
            Page page = pages.get(((PageLookup.Found.ToPage) found.get()).page());
            Optional<String> id = anchor.isEmpty() || page.body().ids().contains(anchor) ? Optional.of(anchor)
                    : Anchors.match(anchor, page.body().ids());
            if (id.isEmpty()) {
                error(rule.pos(), "redirects: '%s' leads to '%s', but %s has no heading '#%s'%s", rule.from(), to,
                        page.displayPath(), anchor, Suggestions.didYouMean(anchor, page.body().ids()));
                return;
            }
            t = new LinkTarget.ToPage(page.index(), id.get());
        }
        add(new ResolvedSite.Redirect(path.get(), Optional.of(t), Optional.empty(), rule.pos()), rule.from());
    }

    private void add(ResolvedSite.Redirect r, String written) {
        String key = r.outputPath().toLowerCase(Locale.ROOT);
        String owner = claims.get(key);
        if (owner == null && (key.equals("404.html") || key.equals("sitemap.xml") || key.equals("rituals.ics")
                || key.startsWith("assets/") || key.startsWith("search-index/") || key.startsWith("tags/"))) {
            owner = "a file the site makes itself";
        }
        if (owner != null) {
            error(r.pos(), "redirect from '%s' would replace %s, which is at /%s; remove the redirect or move the page",
                    written, owner, r.outputPath());
            return;
        }
        ResolvedSite.Redirect earlier = made.get(key);
        if (earlier != null) {
            if (!earlier.target().equals(r.target()) || !earlier.external().equals(r.external())) {
                error(r.pos(), "redirect from '%s' is also written at %s, to another target; keep one", written,
                        earlier.pos());
            }
            return;
        }
        made.put(key, r);
        out.add(r);
    }

    /**
     * Where the redirect page for an old address goes: {@code /old/page/} and {@code /old/page} give
     * {@code old/page/index.html}, {@code /old/page.html} itself, {@code old/page.md} its former page.
     */
    private Optional<String> outputPath(String written, String folder, SourcePos pos) {
        if (written.contains("*")) {
            error(pos, "redirect from '%s': a static site holds one page per address, so '*' cannot be served; set "
                    + "up such a redirect on your web server", written);
            return Optional.empty();
        }
        if (written.contains("#") || written.contains("?")) {
            error(pos, "redirect from '%s': an old address is a path, without '#' or '?'", written);
            return Optional.empty();
        }
        String relative = written.startsWith("/") ? written.substring(1) : written;
        Optional<String> path = relative.isEmpty() ? Optional.of("") : LinkForms.normalise(folder, relative);
        if (path.isEmpty()) {
            error(pos, "redirect from '%s' climbs above the site's root", written);
            return Optional.empty();
        }
        String p = path.get();
        String lower = p.toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.endsWith("/")) return Optional.of(p + "index.html");
        if (lower.endsWith(".html") || lower.endsWith(".htm")) return Optional.of(p);
        if (LinkForms.isMarkdown(p)) {
            String name = lower.substring(lower.lastIndexOf('/') + 1);
            boolean index = FolderPages.INDEX_NAMES.contains(name) || FolderPages.isReadme(name);
            String folderOfFile = PageAssembler.folderOf(p);
            return Optional.of(index ? (folderOfFile.isEmpty() ? "" : folderOfFile + "/") + "index.html"
                    : FolderPages.stem(p) + "/index.html");
        }
        if (LinkForms.bare(p)) return Optional.of(p + "/index.html");
        error(pos, "redirect from '%s': an old address is a folder (/old/page/), an .html file or a former .md file",
                written);
        return Optional.empty();
    }

    private static List<Value.Scalar> scalars(Optional<Value> v, String key, Consumer<Diagnostic> report) {
        if (v.isEmpty()) return List.of();
        List<Value> items = v.get() instanceof Value.Seq seq ? seq.items() : List.of(v.get());
        List<Value.Scalar> out = new ArrayList<>();
        for (Value item : items) {
            if (item instanceof Value.Scalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(s);
            } else if (!(item instanceof Value.Scalar s && s.isNull())) {
                report.accept(Diagnostic.error(item.pos(), "%s must be a list of old addresses, such as /old/page/, "
                        + "found %s", key, item.kindName()).withRule("front-matter"));
            }
        }
        return out;
    }

    private void error(SourcePos pos, String format, Object... args) {
        report.accept(Diagnostic.error(pos, format, args).withRule("redirect"));
    }
}
