package dev.handbook.resolve;

import dev.handbook.config.ContentSettings;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sidebar order and labels an author chose: the {@code nav:} tree of handbook.yml (written as
 * MkDocs writes it) and each page's {@code nav_title}. The sidebar still follows the folders: a
 * {@code nav:} entry orders a page among its siblings and may label it, and a group
 * ({@code About: [about/license.md, ...]}) orders and labels the folder its pages share, which is
 * how a folder without an index page gets a title of the author's. Pages not listed follow the
 * listed ones of their folder, by weight, title and path. An entry placed in another folder than
 * its page's, or a group whose pages share no folder, is a warning: the sidebar cannot show it so.
 */
final class NavOrder {
    /** Order and labels by page path; listed pages have a rank, smaller first. */
    record Arranged(List<Page> pages, Map<String, Integer> rank, Map<String, String> labels) {
    }

    private final List<Page> pages;
    private final PageLookup lookup;
    private final Consumer<Diagnostic> report;
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private int next;

    private NavOrder(List<Page> pages, Consumer<Diagnostic> report) {
        this.pages = pages;
        this.lookup = new PageLookup(pages, List.of(), Map.of(), Map.of());
        this.report = report;
    }

    /** Applies {@code nav} and the pages' {@code nav_title}s; generated sections take their label as title. */
    static Arranged arrange(List<Page> pages, List<ContentSettings.NavEntry> nav, Consumer<Diagnostic> report) {
        NavOrder order = new NavOrder(pages, report);
        order.entries(nav, "");
        for (Page p : pages) {
            new FieldReader(p.fields(), report).text("nav_title").filter(t -> !t.isBlank())
                    .ifPresent(t -> order.labels.putIfAbsent(p.path(), t.strip()));
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            String label = order.labels.get(p.path());
            boolean generated = p.kind() == Page.Kind.SECTION && p.path().endsWith("/") && !GeneratedPages.isGenerated(p);
            out.add(label != null && generated ? retitled(p, label) : p);
        }
        return new Arranged(out, order.rank, order.labels);
    }

    /** Walks one level of entries that belong in {@code folder}; returns the pages they name, in order. */
    private List<Page> entries(List<ContentSettings.NavEntry> entries, String folder) {
        List<Page> named = new ArrayList<>();
        for (ContentSettings.NavEntry e : entries) {
            if (e.isGroup()) {
                named.addAll(group(e, folder));
            } else {
                page(e, folder).ifPresent(named::add);
            }
        }
        return named;
    }

    private Optional<Page> page(ContentSettings.NavEntry e, String folder) {
        String written = e.path().orElseThrow();
        Optional<String> target = LinkForms.normalise("", written.startsWith("/") ? written.substring(1) : written);
        Optional<PageLookup.Found> found = target.flatMap(lookup::find);
        if (found.isEmpty() || !(found.get() instanceof PageLookup.Found.ToPage hit)) {
            report.accept(Diagnostic.error(e.pos(), "nav: no page '%s' in content/%s", written,
                    Suggestions.didYouMean(target.orElse(written), lookup.paths().keySet())).withRule("nav"));
            return Optional.empty();
        }
        Page p = pages.get(hit.page());
        if (rank.containsKey(p.path())) {
            report.accept(Diagnostic.warning(e.pos(), "nav: %s is listed twice; the first entry places it",
                    p.displayPath()).withRule("nav"));
            return Optional.of(p);
        }
        rank.put(p.path(), next++);
        e.label().ifPresent(l -> labels.putIfAbsent(p.path(), l));
        boolean groupsOwnPage = p.kind() == Page.Kind.SECTION && TreeBuilder.folderOfSection(p).equals(folder);
        if (p.kind() != Page.Kind.HOME && !groupsOwnPage && !sitsIn(p).equals(folder)) misplaced(e, p);
        return Optional.of(p);
    }

    /** A group stands for the folder its pages share: it orders and labels that folder's page. */
    private List<Page> group(ContentSettings.NavEntry e, String folder) {
        int start = next++;
        List<Page> named = entries(e.children(), sharedFolder(e, folder));
        Optional<Page> section = section(sharedFolder(e, folder));
        if (section.isEmpty() || sharedFolder(e, folder).equals(folder)) {
            if (!named.isEmpty()) {
                report.accept(Diagnostic.warning(e.pos(), "nav: the group '%s' matches no folder: its pages lie in "
                                + "different folders, and the sidebar keeps every page in its own",
                        e.label().orElse("")).withHint("move the pages into one folder, or list them without the group")
                        .withRule("nav"));
            }
            return named;
        }
        Page s = section.get();
        rank.putIfAbsent(s.path(), start);
        e.label().ifPresent(l -> labels.put(s.path(), l));
        if (!sitsIn(s).equals(folder)) misplaced(e, s);
        return named;
    }

    /**
     * The deepest folder every page named under a group lies in. A section listed with pages of its
     * own folder is the group's index page (MkDocs' {@code User Guide: [user-guide/README.md, ...]})
     * and counts as its folder; any other section counts as the folder that lists it.
     */
    private String sharedFolder(ContentSettings.NavEntry group, String folder) {
        List<Page> named = new ArrayList<>();
        collect(group.children(), named);
        if (named.isEmpty()) return folder;
        List<String> folders = new ArrayList<>();
        for (Page p : named) folders.add(sitsIn(p));
        for (Page p : named) {
            if (p.kind() != Page.Kind.SECTION || named.size() < 2) continue;
            String own = TreeBuilder.folderOfSection(p);
            boolean index = named.stream().filter(o -> o != p).allMatch(o -> within(sitsIn(o), own));
            if (index) folders.set(named.indexOf(p), own);
        }
        String shared = folders.get(0);
        for (String f : folders) {
            while (!within(f, shared)) shared = PageAssembler.folderOf(shared);
        }
        return shared;
    }

    private static boolean within(String folder, String ancestor) {
        return ancestor.isEmpty() || folder.equals(ancestor) || folder.startsWith(ancestor + "/");
    }

    private void collect(List<ContentSettings.NavEntry> entries, List<Page> named) {
        for (ContentSettings.NavEntry e : entries) {
            if (e.isGroup()) {
                collect(e.children(), named);
                continue;
            }
            String written = e.path().orElseThrow();
            LinkForms.normalise("", written.startsWith("/") ? written.substring(1) : written).flatMap(lookup::find)
                    .filter(f -> f instanceof PageLookup.Found.ToPage)
                    .map(f -> pages.get(((PageLookup.Found.ToPage) f).page()))
                    .filter(p -> p.kind() != Page.Kind.HOME && !named.contains(p))
                    .ifPresent(named::add);
        }
    }

    private Optional<Page> section(String folder) {
        for (Page p : pages) {
            if (p.kind() != Page.Kind.PAGE && TreeBuilder.folderOfSection(p).equals(folder)) return Optional.of(p);
        }
        return Optional.empty();
    }

    private void misplaced(ContentSettings.NavEntry e, Page p) {
        report.accept(Diagnostic.warning(e.pos(), "nav: %s is placed outside its folder; the sidebar shows it in "
                + "content/%s", p.displayPath(), sitsIn(p).isEmpty() ? "" : sitsIn(p) + "/")
                .withHint("the sidebar follows the folders: move the entry, or move the file").withRule("nav"));
    }

    /** The folder whose section lists the page in the sidebar. */
    static String sitsIn(Page p) {
        String url = p.url().isEmpty() ? "" : p.url().substring(0, p.url().length() - 1);
        return PageAssembler.folderOf(url);
    }

    private static Page retitled(Page p, String title) {
        return new Page(p.index(), p.path(), p.displayPath(), p.url(), p.kind(), p.slug(), title, p.description(),
                p.weight(), p.tags(), p.type(), p.owner(), p.reviewed(), p.audience(), p.fields(), p.body(), p.pos());
    }
}
