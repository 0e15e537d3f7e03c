package dev.handbook.resolve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.model.Body;
import dev.handbook.model.Link;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.model.Value;
import dev.handbook.parse.ParsedPage;
import dev.handbook.source.SourceFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns parsed files into the edition's pages: applies the cascade, reads the common front-matter
 * fields, decides who may read each page and file, drops what the edition must not contain, and
 * adds a section page for each folder that has no index page.
 *
 * <p>Visibility flows down the folder tree: a page is in the edition only if its folder's section is,
 * and a section's {@code cascade: {audience: ...}} restricts the section page itself as well as
 * everything below it.
 */
final class PageAssembler {
    /**
     * What assembling found. Hidden paths (and the URLs of hidden pages) and refs let links to them
     * render as plain text instead of failing; {@code hiddenContent} says the same by site path, for
     * links written in raw HTML.
     */
    record Assembled(List<Page> pages, Map<String, String> hidden, Map<String, String> hiddenUrls,
                     Set<String> hiddenRefs, List<StaticFile> statics, ResolvedSite.Hidden hiddenContent) {
    }

    /** What each folder passes down to what it holds. */
    private record Folder(Value.Dict cascade, int rank, boolean draft) {
    }

    private final ResolveInput in;
    private final Audiences audiences;
    private final Consumer<Diagnostic> report;
    private final Map<String, ParsedPage> indexByFolder = new TreeMap<>();
    private final Map<String, Folder> folders = new HashMap<>();
    private final FolderPages folderPages;
    private final Titles titles;

    private PageAssembler(ResolveInput in, Consumer<Diagnostic> report) {
        this.in = in;
        this.audiences = Audiences.of(in.config().audiences(), in.edition());
        this.report = report;
        this.folderPages = FolderPages.of(in.pages().stream().map(ParsedPage::path).sorted().toList(), allFolders(in));
        this.titles = new Titles(in.config().content().acronyms());
    }

    static Assembled assemble(ResolveInput in, Consumer<Diagnostic> report) {
        return new PageAssembler(in, report).run();
    }

    private Assembled run() {
        findIndexPages();
        computeFolders();
        List<Page> pages = new ArrayList<>();
        Map<String, String> hidden = new TreeMap<>();
        Set<String> hiddenRefs = new TreeSet<>();
        Map<String, String> hiddenUrls = new TreeMap<>();
        for (ParsedPage p : in.pages()) {
            Page page = page(p);
            Folder f = folders.get(folderPages.ownFolder(p.path()));
            boolean index = folderPages.isFolderPage(p.path());
            int rank = index ? f.rank() : Math.max(f.rank(), ownRank(p.frontMatter()));
            boolean draft = f.draft() || isDraft(p, page);
            if (audiences.visible(rank) && (!draft || in.drafts())) {
                pages.add(withAudience(page, audiences.name(rank)));
            } else {
                String reason = draft && audiences.visible(rank) ? "a draft" : "restricted";
                hidden.put(p.path(), reason);
                hiddenUrls.putIfAbsent(page.url(), reason);
                hiddenRefs.add(page.type() + ":" + page.slug());
                hiddenRefs.add(page.slug());
            }
        }
        addGeneratedSections(pages);
        Set<String> types = new TreeSet<>();
        for (Page p : pages) types.add(p.type());
        boolean matrix = in.data().stream().anyMatch(d -> d.path().equals(MatrixReader.FILE));
        boolean recent = in.config().recent().commits() > 0 && !in.git().commits().isEmpty();
        GeneratedPages.add(pages, types, matrix, recent, audiences.name(0), in.messages());
        reportCollisions(pages, hidden);
        List<String> withheld = new ArrayList<>();
        List<StaticFile> statics = statics(pages, hidden, withheld);
        return new Assembled(pages, hidden, hiddenUrls, hiddenRefs, statics, hiddenContent(hidden, withheld));
    }

    /** The hidden content paths by the site path a link would use: a page's URL, a file's own path. */
    private ResolvedSite.Hidden hiddenContent(Map<String, String> hidden, List<String> withheld) {
        Map<String, String> bySitePath = new TreeMap<>();
        TreeSet<String> restricted = new TreeSet<>();
        for (Map.Entry<String, String> e : hidden.entrySet()) {
            String path = e.getKey();
            if (e.getValue().equals("restricted")) restricted.add("content/" + path);
            boolean page = path.endsWith(".md") || path.endsWith(".markdown");
            String site = page ? folderPages.url(path) : path;
            bySitePath.put(site, e.getValue());
        }
        return new ResolvedSite.Hidden(new TreeMap<>(bySitePath), withheld, restricted);
    }

    private void findIndexPages() {
        Map<String, String> display = new HashMap<>();
        for (ParsedPage p : in.pages()) {
            display.put(p.path(), p.displayPath());
            if (folderPages.isFolderPage(p.path())) indexByFolder.put(folderPages.ownFolder(p.path()), p);
        }
        folderPages.doubles().forEach((folder, pair) -> report.accept(Diagnostic.error(
                SourcePos.file(display.get(pair.get(1))), "two index pages for one folder: %s and %s; keep one",
                display.get(pair.get(0)), display.get(pair.get(1))).withRule("path-collision")));
    }

    /** Every folder that holds a page or a file, with its parents, sorted: every parent before its children. */
    private static TreeSet<String> allFolders(ResolveInput in) {
        TreeSet<String> all = new TreeSet<>();
        all.add("");
        for (ParsedPage p : in.pages()) addWithParents(all, folderOf(p.path()));
        for (SourceFile f : in.statics()) addWithParents(all, f.folder());
        return all;
    }

    private void computeFolders() {
        for (String folder : allFolders(in)) { // sorted: every parent comes before its children
            ParsedPage index = indexByFolder.get(folder);
            Folder parent = folder.isEmpty()
                    ? new Folder(in.config().defaults(), 0, false)
                    : folders.get(folderOf(folder));
            Value.Dict own = Value.Dict.empty(SourcePos.file(""));
            int rank = parent.rank();
            boolean draft = parent.draft();
            if (folder.isEmpty()) rank = Math.max(rank, ownRank(in.config().defaults()));
            if (index != null) {
                FieldReader fields = new FieldReader(index.frontMatter(), report);
                own = fields.dict("cascade").orElse(own);
                rank = Math.max(rank, Math.max(ownRank(index.frontMatter()), ownRank(own)));
                draft |= fields.bool("draft").orElse(false) && !in.drafts();
            }
            folders.put(folder, new Folder(Cascade.merge(own, parent.cascade()), rank, draft));
        }
    }

    private int ownRank(Value.Dict fields) {
        Optional<Value> v = fields.get("audience");
        if (v.isEmpty()) return 0;
        OptionalInt r = audiences.rankOf(v.get(), report);
        return r.orElse(0);
    }

    private boolean isDraft(ParsedPage p, Page page) {
        return new FieldReader(page.fields(), d -> { }).bool("draft").orElse(false);
    }

    private Page page(ParsedPage p) {
        String folder = folderPages.ownFolder(p.path());
        boolean index = folderPages.isFolderPage(p.path());
        // A section's cascade reaches below it, so its own page takes its parent folder's cascade.
        Value.Dict cascade = index && !folder.isEmpty() ? folders.get(folderOf(folder)).cascade()
                : folders.get(folder).cascade();
        Value.Dict fields = Cascade.merge(FieldNames.rename(p.frontMatter(), in.config().content().fieldNames(), report),
                cascade);
        FieldReader f = new FieldReader(fields, report);
        Page.Kind kind = !index ? Page.Kind.PAGE : folder.isEmpty() ? Page.Kind.HOME : Page.Kind.SECTION;
        String slug = index ? (folder.isEmpty() ? "home" : lastSegment(folder)) : stem(lastSegment(p.path()));
        String url = folderPages.url(p.path());
        String title = f.text("title").or(p::leadingTitle)
                .orElseGet(() -> kind == Page.Kind.HOME ? in.config().title() : titles.fromName(slug));
        Optional<LocalDate> reviewed = f.date("reviewed");
        f.bool("draft");
        return new Page(-1, p.path(), p.displayPath(), url, kind, slug, title, f.text("description").orElse(""),
                f.integer("weight").orElse(Page.NO_WEIGHT), f.textList("tags"),
                typeName(fields, f).orElse(defaultType(kind)), f.text("owner"), reviewed, audiences.name(0), fields,
                p.body(), new SourcePos(p.displayPath(), 1, 1));
    }

    /** A type is a name like {@code role} or {@code okr}: lower-case letters, digits, '-' and '_'. */
    private Optional<String> typeName(Value.Dict fields, FieldReader f) {
        Optional<String> type = f.text("type");
        if (type.isPresent() && !type.get().matches("[a-z0-9][a-z0-9_-]*")) {
            report.accept(Diagnostic.error(fields.get("type").get().pos(),
                    "type must be a name such as role or runbook (lower-case letters, digits, '-' and '_'), found '%s'",
                    type.get()).withRule("schema"));
            return Optional.empty();
        }
        return type;
    }

    private static Page withAudience(Page p, String audience) {
        return new Page(p.index(), p.path(), p.displayPath(), p.url(), p.kind(), p.slug(), p.title(), p.description(),
                p.weight(), p.tags(), p.type(), p.owner(), p.reviewed(), audience, p.fields(), p.body(), p.pos());
    }

    /** Every folder that holds a visible page but has no index page of its own gets a plain section page. */
    private void addGeneratedSections(List<Page> pages) {
        Set<String> withSection = new TreeSet<>();
        Set<String> needed = new TreeSet<>();
        for (Page p : pages) {
            if (p.kind() != Page.Kind.PAGE) withSection.add(TreeBuilder.folderOfSection(p));
            for (String f = folderOf(p.path()); ; f = folderOf(f)) {
                needed.add(f);
                if (f.isEmpty()) break;
            }
        }
        needed.add("");
        for (String folder : needed) {
            if (withSection.contains(folder)) continue;
            Folder f = folders.get(folder);
            String name = folder.isEmpty() ? "" : lastSegment(folder);
            Page.Kind kind = folder.isEmpty() ? Page.Kind.HOME : Page.Kind.SECTION;
            String display = "content/" + (folder.isEmpty() ? "" : folder + "/");
            pages.add(new Page(-1, folder.isEmpty() ? "" : folder + "/", display, folder.isEmpty() ? "" : folder + "/",
                    kind, folder.isEmpty() ? "home" : name,
                    folder.isEmpty() ? in.config().title() : titles.fromName(name),
                    folder.isEmpty() ? in.config().description() : "", Page.NO_WEIGHT, List.of(), defaultType(kind),
                    Optional.empty(), Optional.empty(), audiences.name(f.rank()), Value.Dict.empty(SourcePos.file(display)),
                    Body.empty(), SourcePos.file(display)));
        }
    }

    private void reportCollisions(List<Page> pages, Map<String, String> hidden) {
        Map<String, String> byUrl = new TreeMap<>();
        List<String> all = new ArrayList<>();
        for (Page p : pages) all.add(p.url() + "\u0000" + p.displayPath());
        for (String path : hidden.keySet()) {
            all.add(folderPages.url(path) + "\u0000content/" + path);
        }
        all.sort(null);
        for (String entry : all) {
            String url = entry.substring(0, entry.indexOf('\u0000'));
            String display = entry.substring(entry.indexOf('\u0000') + 1);
            String other = byUrl.putIfAbsent(url.toLowerCase(Locale.ROOT), display);
            if (other != null) {
                report.accept(Diagnostic.error(SourcePos.file(display),
                        "%s and %s both become the page /%s; rename one", other, display, url)
                        .withRule("path-collision"));
            }
        }
    }

    /**
     * The static files of the edition: those of folders it may read, except a file that only
     * restricted content uses (issue 23.8: a managers' page embedding salary-bands.png from a
     * public folder published it in the everyone edition). A file counts as used by restricted
     * content when a hidden page links to it, or its name appears in a hidden page's raw HTML or in
     * an audience block the edition leaves out; it stays when any page of the edition links to it.
     */
    private List<StaticFile> statics(List<Page> visible, Map<String, String> hidden, List<String> withheld) {
        Set<String> publicTargets = new java.util.HashSet<>();
        for (Page p : visible) addTargets(p.body(), publicTargets);
        Set<String> restrictedTargets = new java.util.HashSet<>();
        Set<String> restrictedNames = new java.util.HashSet<>();
        for (ParsedPage p : in.pages()) {
            restrictedNames.addAll(p.hiddenFileNames());
            if (!"restricted".equals(hidden.get(p.path()))) continue; // a draft is unpublished, not secret
            addTargets(p.body(), restrictedTargets);
            Matcher m = RAW_REFERENCE.matcher(p.body().html());
            while (m.find()) restrictedNames.add(lastSegment(m.group(1)).toLowerCase(Locale.ROOT));
        }
        List<StaticFile> out = new ArrayList<>();
        for (SourceFile s : in.statics()) {
            Folder f = folders.get(s.folder());
            if (!audiences.visible(f.rank()) || f.draft()) {
                hidden.put(s.path(), f.draft() ? "a draft" : "restricted");
                continue;
            }
            boolean restrictedUse = restrictedTargets.contains(s.path())
                    || restrictedNames.contains(s.fileName().toLowerCase(Locale.ROOT));
            if (restrictedUse && !publicTargets.contains(s.path())) {
                hidden.put(s.path(), "restricted");
                withheld.add(s.displayPath());
                continue;
            }
            out.add(new StaticFile(s.path(), s.displayPath(), audiences.name(f.rank())));
        }
        return out;
    }

    /** A URL in an attribute of raw HTML, without its query and fragment. */
    private static final Pattern RAW_REFERENCE = Pattern.compile("(?i)(?:href|src)\\s*=\\s*[\"']?([^\"'\\s>?#]+)");

    private static void addTargets(Body body, Set<String> into) {
        for (Link link : body.links()) if (link.kind() == Link.Kind.PATH) into.add(link.target());
    }

    static String folderOf(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void addWithParents(Set<String> all, String folder) {
        for (String f = folder; !f.isEmpty(); f = folderOf(f)) all.add(f);
    }

    private static String defaultType(Page.Kind kind) {
        return switch (kind) {
            case HOME -> "home";
            case SECTION -> "section";
            case PAGE -> "page";
        };
    }
}
