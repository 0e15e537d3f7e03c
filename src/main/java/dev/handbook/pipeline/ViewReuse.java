package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.Hash;
import dev.handbook.diag.Staged;
import dev.handbook.model.GitLog;
import dev.handbook.model.Page;
import dev.handbook.parse.ParsedPage;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which pages of a cached build need their render input built. When the last build that wrote a
 * site read the same files, data, theme and settings, and every page that changed since changed
 * only in its body text ({@link ParsedPage#sameShape}, the rule by which {@code handbook serve}
 * renders an edited page alone), every other page's view is as it was, so its HTML is the file the
 * cache kept for that page: only the changed pages, and the "Recently changed" page (which lists
 * commits), are rendered. Building all ten thousand views to find that out took most of such a
 * rebuild.
 */
final class ViewReuse {
    private ViewReuse() {
    }

    /**
     * The paths (under content/) of the pages whose HTML must be rendered, with every other page's
     * taken from the cache; empty when every page's must be, as in a build without a cache.
     */
    static Optional<Set<String>> toRender(BuildCache cache, SourceTree tree, GitLog git, List<ParsedPage> parsed,
                                          ResolvedSite site) {
        List<SourceFile> pageFiles = tree.ofKind(SourceFile.Kind.PAGE);
        Map<String, String> history = new HashMap<>();
        for (SourceFile f : pageFiles) {
            Optional.ofNullable(git.lastChanged().get(f.path())).ifPresent(g -> history.put(f.path(), g.toString()));
        }
        cache.noteHistory(history);
        boolean sameContext = cache.sameContext(context(tree, git));
        Optional<Set<String>> changed = cache.changedPages();
        if (!sameContext || changed.isEmpty()) return Optional.empty();
        Map<String, ParsedPage> now = new HashMap<>();
        for (ParsedPage p : parsed) if (changed.get().contains(p.path())) now.put(p.path(), p);
        Set<String> inEdition = new HashSet<>();
        for (Page p : site.pages()) inEdition.add(p.path());
        for (String path : changed.get()) {
            if (!bodyOnly(cache.previousPage(path), Optional.ofNullable(now.get(path)), inEdition.contains(path), site)) {
                return Optional.empty();
            }
        }
        Set<String> out = new TreeSet<>(changed.get());
        site.recent().ifPresent(r -> out.add(site.page(r.page()).path()));
        return Optional.of(out);
    }

    /**
     * Whether a page changed in nothing another page's view reads. A page the edition leaves out
     * must not change at all, since its text decides which files the edition withholds; and
     * neither body may hold raw links that the edition's withheld files rewrite.
     */
    private static boolean bodyOnly(Optional<Staged<Optional<ParsedPage>>> before, Optional<ParsedPage> after,
                                    boolean inEdition, ResolvedSite site) {
        if (before.isEmpty() || before.get().hasErrors() || before.get().value().isEmpty() || after.isEmpty()) {
            return false;
        }
        ParsedPage was = before.get().value().get();
        ParsedPage is = after.get();
        return was.sameShape(is) && (inEdition || was.body().html().equals(is.body().html()))
                && !BuildSteps.guarded(site, was.body()) && !BuildSteps.guarded(site, is.body());
    }

    /**
     * What views read besides the pages and their history: which files there are (a new static
     * file can change a link), the data files' bytes, and whether git has any commit (the site then
     * has a "Recently changed" page).
     */
    private static Hash context(SourceTree tree, GitLog git) {
        Map<String, byte[]> parts = new TreeMap<>();
        for (SourceFile f : tree.files()) parts.put(f.kind() + " " + f.path(), new byte[0]);
        for (SourceFile f : tree.ofKind(SourceFile.Kind.DATA)) {
            Staged<Optional<byte[]>> bytes = ContentLoader.readTextBytes(f);
            parts.put(f.kind() + " " + f.path(), bytes.value().orElse(("unread " + bytes.diagnostics())
                    .getBytes(StandardCharsets.UTF_8)));
        }
        parts.put("commits", new byte[]{(byte) (git.commits().isEmpty() ? 0 : 1)});
        byte[][] all = new byte[2 * parts.size()][];
        int i = 0;
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            all[i++] = e.getKey().getBytes(StandardCharsets.UTF_8);
            all[i++] = e.getValue();
        }
        return Hash.of(all);
    }
}
