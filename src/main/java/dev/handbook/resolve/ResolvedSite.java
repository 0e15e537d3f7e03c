package dev.handbook.resolve;

import dev.handbook.config.SiteConfig;
import dev.handbook.model.LinkTarget;
import dev.handbook.model.NavTree;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.parse.ParsedData;

import dev.handbook.model.GitInfo;
import dev.handbook.model.Matrix;
import dev.handbook.model.Messages;
import dev.handbook.model.Projections;
import dev.handbook.model.TypeSchema;
import dev.handbook.model.TypedValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The edition being built, with every reference resolved: pages in reading order, the section
 * tree, each page's link targets and backlinks, the tags, and the static files. Contains nothing
 * the edition's audience may not read.
 *
 * @param links     for each page, the target of each of its {@code body().links()}, by index
 * @param backlinks for each page, the pages that link to it, in reading order
 * @param tags      tag slug to the tag's display name and pages
 * @param schemas   page type to its schema; a type without one gets an untyped schema
 * @param typed     for each page, its front matter typed by its schema (see {@link #fields})
 * @param projections the typed records of the pages of built-in types (roles, teams, rituals…)
 * @param git       by source path under content/, when the file last changed and who changed it
 * @param hidden    what this edition leaves out that its pages might still point at
 * @param messages  the site's words in its language, for every text a page shows that no author wrote
 * @param recent    what the "Recently changed" page lists, when the site has one
 * @param redirects the small pages that send an old address on to its page, each at its own path
 */
public record ResolvedSite(SiteConfig config, String edition, List<Page> pages, NavTree nav,
                           List<List<LinkTarget>> links, List<List<Integer>> backlinks,
                           SortedMap<String, Tag> tags, List<StaticFile> statics, List<ParsedData> data,
                           Map<String, TypeSchema> schemas, List<Map<String, TypedValue>> typed,
                           Projections projections, Optional<Matrix> matrix, LocalDate today, Map<String, GitInfo> git,
                           Hidden hidden, Optional<RecentChanges> recent,
                           List<Redirect> redirects, Messages messages) {
    public ResolvedSite {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(edition, "edition");
        pages = List.copyOf(pages);
        Objects.requireNonNull(nav, "nav");
        links = List.copyOf(links);
        backlinks = List.copyOf(backlinks);
        tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        statics = List.copyOf(statics);
        data = List.copyOf(data);
        schemas = withUntyped(schemas, pages);
        typed = List.copyOf(typed);
        Objects.requireNonNull(projections, "projections");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(today, "today");
        git = Map.copyOf(git);
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(recent, "recent");
        redirects = List.copyOf(redirects);
        if (typed.size() != pages.size()) throw new IllegalArgumentException("typed fields per page");
        if (nav.size() != pages.size() || links.size() != pages.size() || backlinks.size() != pages.size()) {
            throw new IllegalArgumentException("per-page lists differ in size");
        }
    }

    /**
     * A page that sends an old address on (an {@code aliases:} or {@code redirect_from:} entry of a
     * page, or a {@code redirects:} entry of handbook.yml).
     *
     * @param outputPath where the redirect page is written ({@code old/page/index.html})
     * @param target     the page (with an anchor) or file it leads to; empty for a URL of another site
     * @param external   the http(s) URL it leads to, when {@code target} is empty
     * @param pos        where the old address was written
     */
    public record Redirect(String outputPath, Optional<LinkTarget> target, Optional<String> external,
                           dev.handbook.diag.SourcePos pos) {
        public Redirect {
            Objects.requireNonNull(outputPath, "outputPath");
            if (target.isPresent() == external.isPresent()) throw new IllegalArgumentException("one target");
            Objects.requireNonNull(pos, "pos");
        }
    }

    /**
     * The schemas, with an untyped one added for each page type that has none: rendering asks for
     * a page's schema several times per page, and building the untyped one anew each time showed.
     */
    private static Map<String, TypeSchema> withUntyped(Map<String, TypeSchema> schemas, List<Page> pages) {
        Map<String, TypeSchema> all = new java.util.HashMap<>(schemas);
        for (Page page : pages) all.computeIfAbsent(page.type(), TypeSchema::untyped);
        return Map.copyOf(all);
    }

    /** A tag: the name as first written, its URL slug and the pages carrying it, in reading order. */
    public record Tag(String name, String slug, List<Integer> pages) {
        public Tag {
            pages = List.copyOf(pages);
        }
    }

    /**
     * What the edition leaves out, as far as its pages could still point at it: the site paths of
     * hidden pages ({@code pay/plan/}) and files ({@code secret/f.pdf}), each with why
     * ({@code restricted} or {@code a draft}); the files of public folders left out because only
     * restricted content uses them, by their path under the root, for {@code --verbose}; and every
     * file left out as restricted, by its path under the root, whose problems a build of this
     * edition reports without their content.
     */
    public record Hidden(SortedMap<String, String> paths, List<String> withheldFiles,
                         java.util.SortedSet<String> restrictedFiles) {
        public static final Hidden NONE = new Hidden(new TreeMap<>(), List.of(), new java.util.TreeSet<>());

        public Hidden {
            paths = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(paths));
            withheldFiles = List.copyOf(withheldFiles);
            restrictedFiles = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(restrictedFiles));
        }
    }

    /** The same site with page bodies changed by a later pass (same pages, same order). */
    public ResolvedSite withPages(List<Page> changed) {
        if (changed.size() != pages.size()) throw new IllegalArgumentException("page count changed");
        return new ResolvedSite(config, edition, changed, nav, links, backlinks, tags, statics, data, schemas, typed,
                projections, matrix, today, git, hidden, recent, redirects, messages);
    }

    public Page page(int index) {
        return pages.get(index);
    }

    public Page home() {
        return pages.get(0);
    }

    /**
     * The page's front matter, typed by its schema: for the generic views of types a handbook adds.
     * The built-in types are read through {@link #projections}.
     */
    public Map<String, TypedValue> fields(int page) {
        return typed.get(page);
    }

    /** Who owns the page: a {@link TypedValue.Ref} to a role or team, or a {@link TypedValue.Handle}. */
    public Optional<TypedValue> findOwner(int page) {
        TypedValue owner = typed.get(page).get("owner");
        return owner instanceof TypedValue.Ref || owner instanceof TypedValue.Handle ? Optional.of(owner) : Optional.empty();
    }

    /**
     * When the page's next review is due: its {@code reviewed} date plus {@code review_every} days,
     * from the page (or its cascade), else its type's schema, else handbook.yml. Empty when the page
     * has never been reviewed.
     */
    public Optional<LocalDate> reviewDue(Page page) {
        if (page.reviewed().isEmpty()) return Optional.empty();
        int every = fields(page.index()).get("review_every") instanceof TypedValue.Int i && i.value() > 0
                ? i.value()
                : schema(page).reviewEvery().orElse(config.reviewEveryDays());
        return Optional.of(page.reviewed().get().plusDays(every));
    }

    /** Whether the page's review is overdue today. Shown to readers; never a build warning. */
    public boolean stale(Page page) {
        return reviewDue(page).map(due -> due.isBefore(today)).orElse(false);
    }

    /** The schema of a page's type (an empty one for untyped pages). */
    public TypeSchema schema(Page page) {
        TypeSchema schema = schemas.get(page.type());
        return schema != null ? schema : TypeSchema.untyped(page.type());
    }
}
