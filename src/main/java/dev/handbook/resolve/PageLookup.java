package dev.handbook.resolve;

import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a path under content/ names, in every form of {@link LinkForms}: a page (by its
 * position in the list given), a static file, or something the edition leaves out. Links, the
 * {@code nav:} tree and {@code redirects:} all name pages through it, so each accepts the same forms.
 */
final class PageLookup {
    /** What a path found: a page, a static file, or something the edition leaves out (and why). */
    sealed interface Found {
        record ToPage(int page) implements Found {
        }

        record ToFile(StaticFile file) implements Found {
        }

        record Hidden(String reason) implements Found {
        }
    }

    private final Map<String, Integer> byPath = new HashMap<>();
    private final Map<String, Integer> byUrl = new HashMap<>();
    private final Map<String, StaticFile> statics = new HashMap<>();
    private final Map<String, String> hidden;
    private final Map<String, String> hiddenUrls;
    /** Where a redirect page sends its old address: a link written with the old address finds the page. */
    private final Map<String, Integer> aliases = new HashMap<>();

    PageLookup(List<Page> pages, List<StaticFile> staticFiles, Map<String, String> hidden, Map<String, String> hiddenUrls) {
        this.hidden = hidden;
        this.hiddenUrls = hiddenUrls;
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            byPath.put(p.path(), i);
            byUrl.putIfAbsent(p.url(), i);
            if (p.kind() != Page.Kind.PAGE) {
                String folder = TreeBuilder.folderOfSection(p);
                byPath.put(folder.isEmpty() ? "" : folder + "/", i);
                byPath.putIfAbsent(folder, i);
            }
        }
        for (StaticFile s : staticFiles) statics.put(s.path(), s);
    }

    /** The same lookup, finding a page also by its old addresses ({@code aliases:}, {@code redirects:}). */
    PageLookup withAliases(List<ResolvedSite.Redirect> redirects) {
        for (ResolvedSite.Redirect r : redirects) {
            if (r.target().isPresent() && r.target().get() instanceof dev.handbook.model.LinkTarget.ToPage p) {
                aliases.putIfAbsent(r.outputPath(), p.page());
            }
        }
        return this;
    }

    Optional<Found> find(String target) {
        Integer page = byPath.get(target);
        if (page == null && LinkForms.bare(target)) page = byPath.get(target + ".md");
        if (page != null) return Optional.of(new Found.ToPage(page));
        StaticFile file = statics.get(target);
        if (file != null) return Optional.of(new Found.ToFile(file));
        String reason = hidden.get(target);
        if (reason == null && LinkForms.bare(target)) reason = hidden.get(target + ".md");
        if (reason != null) return Optional.of(new Found.Hidden(reason));
        for (String path : LinkForms.filePaths(target)) {
            page = byPath.get(path);
            if (page != null) return Optional.of(new Found.ToPage(page));
            if (hidden.containsKey(path)) return Optional.of(new Found.Hidden(hidden.get(path)));
        }
        for (String url : LinkForms.urls(target)) {
            page = byUrl.get(url);
            if (page != null) return Optional.of(new Found.ToPage(page));
            if (hiddenUrls.containsKey(url)) return Optional.of(new Found.Hidden(hiddenUrls.get(url)));
        }
        Integer alias = aliases.get(target);
        for (String url : LinkForms.urls(target)) if (alias == null) alias = aliases.get(url + "index.html");
        return alias == null ? Optional.empty() : Optional.of(new Found.ToPage(alias));
    }

    /** Every path and folder key of a page, and every static file: what a suggestion may name. */
    Map<String, Integer> paths() {
        return byPath;
    }

    Map<String, StaticFile> statics() {
        return statics;
    }
}
