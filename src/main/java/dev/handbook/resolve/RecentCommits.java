package dev.handbook.resolve;

import dev.handbook.model.Commit;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.model.Value;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.source.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the commits an edition's "Recently changed" page lists, and what it may say of each. A
 * commit message is not content the audience rules can read, so it is judged by what the commit touched:
 *
 * <ul>
 *   <li>A commit is listed when it changed a page the edition shows; one that changed only pages
 *       or files the edition leaves out is not listed at all: no subject, no author, no date.</li>
 *   <li>Its subject is shown only when every file it touched is one the edition shows whole (a page
 *       without audience blocks or rows for narrower audiences, or a published file); otherwise
 *       it is listed as a neutral "Updated", since the subject may name what is left out. A
 *       deleted page may have been restricted, so it counts as left out too.</li>
 *   <li>The edition of the whole handbook (the narrowest audience) leaves nothing out but drafts:
 *       it shows every subject, and lists pages deleted or renamed away by their former path.</li>
 * </ul>
 * With {@code recent: {wider_subjects: false}} every other edition shows no subject at all: the
 * rules above judge a page as it is now, and cannot know what it held when a commit was made.
 */
final class RecentCommits {
    private final ResolveInput in;
    private final Audiences audiences;
    private final boolean whole;
    private final Map<String, Integer> shown = new HashMap<>();
    private final Set<String> partial = new HashSet<>();
    private final Set<String> published = new HashSet<>();
    private final Set<String> sources = new HashSet<>();

    private RecentCommits(ResolveInput in, List<Page> pages, List<StaticFile> statics, Audiences audiences) {
        this.in = in;
        this.audiences = audiences;
        this.whole = audiences.edition() == audiences.names().size() - 1;
        for (Page p : pages) if (!GeneratedPages.isGenerated(p)) shown.put(p.path(), p.index());
        for (StaticFile s : statics) published.add(s.path());
        for (ParsedPage p : in.pages()) {
            sources.add(p.path());
            if (shown.containsKey(p.path()) && (p.withholdsBlocks() || withholds(p.frontMatter(), true))) partial.add(p.path());
        }
        for (ParsedData d : in.data()) sources.add(d.path());
        for (SourceFile s : in.statics()) sources.add(s.path());
    }

    /** The edition's recent changes, or empty when the site has no "Recently changed" page. */
    static Optional<RecentChanges> select(ResolveInput in, List<Page> pages, List<StaticFile> statics,
                                          Audiences audiences) {
        Optional<Page> page = pages.stream()
                .filter(p -> GeneratedPages.isGenerated(p) && p.path().equals(GeneratedPages.RECENT)).findFirst();
        if (page.isEmpty()) return Optional.empty();
        return Optional.of(new RecentChanges(page.get().index(),
                new RecentCommits(in, pages, statics, audiences).changes(in.config().recent().commits())));
    }

    private List<RecentChanges.Change> changes(int limit) {
        List<RecentChanges.Change> out = new ArrayList<>();
        for (Commit c : in.git().commits()) {
            if (out.size() == limit) break;
            change(c).ifPresent(out::add);
        }
        return out;
    }

    private Optional<RecentChanges.Change> change(Commit c) {
        TreeSet<Integer> pages = new TreeSet<>();
        List<String> removed = new ArrayList<>();
        boolean allShown = true;
        for (String file : c.files()) {
            Integer page = shown.get(file);
            if (page != null) {
                pages.add(page);
                allShown &= !partial.contains(file);
            } else if (!published.contains(file)) {
                allShown = false;
                if (whole && !sources.contains(file) && isMarkdown(file)) removed.add(file);
            }
        }
        if (pages.isEmpty() && removed.isEmpty()) return Optional.empty();
        boolean told = whole || allShown && in.config().recent().widerSubjects();
        Optional<String> subject = told && !c.subject().isEmpty() ? Optional.of(c.subject()) : Optional.empty();
        return Optional.of(new RecentChanges.Change(c.id(), c.committed(), c.author(), subject, List.copyOf(pages),
                removed));
    }

    /**
     * Whether front matter holds a row this edition leaves out: a mapping below the top level (a
     * team member, a cascade) whose {@code audience} the edition may not read, or cannot be read.
     */
    private boolean withholds(Value value, boolean top) {
        if (value instanceof Value.Dict d) {
            Optional<Value> audience = d.get("audience");
            if (!top && audience.isPresent()) {
                java.util.OptionalInt rank = audiences.rankOf(audience.get(), problem -> { });
                if (rank.isEmpty() || !audiences.visible(rank.getAsInt())) return true;
            }
            for (Value.Entry e : d.entries().values()) if (withholds(e.value(), false)) return true;
        } else if (value instanceof Value.Seq s) {
            for (Value item : s.items()) if (withholds(item, false)) return true;
        }
        return false;
    }

    private static boolean isMarkdown(String path) {
        return path.endsWith(".md") || path.endsWith(".markdown");
    }
}
