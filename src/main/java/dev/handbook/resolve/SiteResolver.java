package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.LinkTarget;
import dev.handbook.model.Page;
import dev.handbook.model.Matrix;
import dev.handbook.model.Slug;
import dev.handbook.model.TypedValue;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stage 3: parsed files to the {@link ResolvedSite} of one edition. Applies the defaults cascade,
 * drops what the edition's audience may not read, builds the section tree and reading order, types
 * the front matter and projects the built-in types into their records, and resolves every link,
 * reporting each broken one at its position. Never touches the disk.
 *
 * <pre>{@code
 * Staged<ResolvedSite> site = SiteResolver.resolve(new ResolveInput(pages, data, statics, schemas, config,
 *         "everyone", false, today, git, messages));
 * }</pre>
 */
public final class SiteResolver {
    private SiteResolver() {
    }

    public static Staged<ResolvedSite> resolve(ResolveInput in) {
        Set<Diagnostic> diags = new LinkedHashSet<>(); // a cascaded value's problem is reported once, not per page
        PageAssembler.Assembled assembled = PageAssembler.assemble(in, diags::add);
        TreeBuilder.Tree tree = TreeBuilder.build(NavOrder.arrange(assembled.pages(), in.config().content().nav(),
                diags::add));
        List<Page> pages = new ArrayList<>(tree.pages());
        List<ResolvedSite.Redirect> redirects = Redirects.collect(pages, assembled.statics(), assembled,
                in.config().content().redirects(), diags::add);
        LinkResolver resolver = new LinkResolver(pages, assembled.statics(), assembled, redirects, in.edition(),
                in.config().content().mdLinks(), diags::add);
        Audiences audiences = Audiences.of(in.config().audiences(), in.edition());
        FieldTyper typer = new FieldTyper(pages, in.schemas(), assembled.hiddenRefs(), audiences,
                in.config().sprintWeeks(), diags::add);
        List<Map<String, TypedValue>> typed = new ArrayList<>(pages.size());
        for (Page p : pages) typed.add(typer.type(p));
        List<List<LinkTarget>> links = new ArrayList<>(pages.size());
        List<Set<Integer>> back = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) back.add(new TreeSet<>());
        for (Page p : List.copyOf(pages)) {
            LinkResolver.Resolution resolution = resolver.resolve(p);
            List<LinkTarget> targets = resolution.targets();
            pages.set(p.index(), resolution.page());
            links.add(targets);
            for (LinkTarget t : targets) {
                Optional<Integer> to = LinkResolver.targetPage(t);
                if (to.isPresent() && to.get() != p.index()) back.get(to.get()).add(p.index());
            }
            // References in front matter (reports_to, a team's rituals) count as backlinks too.
            for (TypedValue v : typed.get(p.index()).values()) {
                forEachRef(v, to -> {
                    if (to != p.index()) back.get(to).add(p.index());
                });
            }
        }
        List<List<Integer>> backlinks = back.stream().map(s -> (List<Integer>) List.copyOf(s)).toList();
        Optional<Matrix> matrix = MatrixReader.read(in.data(), pages, audiences, diags::add);
        ResolvedSite site = new ResolvedSite(in.config(), in.edition(), pages, tree.nav(), links, backlinks,
                tags(pages, diags::add), assembled.statics(), in.data(), in.schemas(), typed, Projector.project(pages, typed),
                matrix, in.today(), in.git().lastChanged(), assembled.hiddenContent(),
                RecentCommits.select(in, pages, assembled.statics(), audiences), redirects, in.messages());
        List<Diagnostic> sorted = new ArrayList<>(diags);
        sorted.sort(Diagnostic.ORDER);
        return new Staged<>(site, sorted);
    }

    /** Where a tag was written in the page's front matter, or the page itself. */
    private static dev.handbook.diag.SourcePos tagPos(Page p, String tag) {
        Optional<Value> tags = p.fields().get("tags");
        if (tags.isEmpty()) return p.pos();
        if (tags.get() instanceof Value.Seq seq) {
            for (Value item : seq.items()) {
                if (item instanceof Value.Scalar s && s.text().equals(tag)) return item.pos();
            }
        }
        return tags.get().pos();
    }

    private static void forEachRef(TypedValue v, java.util.function.IntConsumer each) {
        if (v instanceof TypedValue.Ref r && r.page().isPresent()) each.accept(r.page().get());
        else if (v instanceof TypedValue.Items items) items.items().forEach(i -> forEachRef(i, each));
        else if (v instanceof TypedValue.Obj o) o.fields().values().forEach(i -> forEachRef(i, each));
    }

    /**
     * Bytes of UTF-8 a tag's slug may take: it names the folder of the tag's page, and file systems
     * refuse names over 255 bytes (a 300-character tag once failed the write with no position).
     */
    static final int MAX_TAG_BYTES = 200;

    private static TreeMap<String, ResolvedSite.Tag> tags(List<Page> pages, java.util.function.Consumer<Diagnostic> report) {
        TreeMap<String, String> names = new TreeMap<>();
        TreeMap<String, List<Integer>> byTag = new TreeMap<>();
        for (Page p : pages) {
            Set<String> seen = new TreeSet<>();
            for (String tag : p.tags()) {
                String slug = Slug.of(tag.toLowerCase(Locale.ROOT));
                int bytes = slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (bytes > MAX_TAG_BYTES) {
                    report.accept(Diagnostic.error(tagPos(p, tag), "tag '%s…' is too long: its page would be named "
                                    + "with %d bytes; shorten it to at most %d", tag.substring(0, Math.min(40, tag.length())),
                            bytes, MAX_TAG_BYTES).withRule("schema"));
                    continue;
                }
                if (!seen.add(slug)) continue;
                names.putIfAbsent(slug, tag);
                byTag.computeIfAbsent(slug, k -> new ArrayList<>()).add(p.index());
            }
        }
        TreeMap<String, ResolvedSite.Tag> tags = new TreeMap<>();
        byTag.forEach((slug, list) -> tags.put(slug, new ResolvedSite.Tag(names.get(slug), slug, list)));
        return tags;
    }
}
