package dev.handbook.check;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.resolve.ResolvedSite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage 6 of {@code handbook check}: verifies the rendered site. The pipeline feeds in every file
 * as it is rendered (from many threads), then {@link #finish} resolves the links between files,
 * finds the pages nothing leads to and, when asked, checks links to other sites.
 *
 * <pre>{@code
 * SiteChecker checker = SiteChecker.start(site, silencer);
 * checker.page(page, html);      // for each rendered page, from any thread
 * checker.generated(file);       // 404.html, tag pages, sitemap.xml ...
 * checker.file("roles/org.png"); // copied files
 * SiteChecker.Report report = checker.finish(Optional.empty());
 * }</pre>
 */
public final class SiteChecker {
    private final ResolvedSite site;
    private final Findings findings;
    /** Site path of every content page, each string kept once however many pages link to it. */
    private final Map<String, String> knownPages = new HashMap<>();
    private final Map<String, PageInspector.Result> inspected = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    /**
     * What the check found.
     *
     * @param findings every finding, in reading order
     * @param silenced findings left out because handbook.yml or the page silenced their rule
     * @param pages    HTML pages read
     * @param files    files of the site, pages included
     * @param external what the external-link check did, when it ran
     */
    public record Report(List<Diagnostic> findings, int silenced, int pages, int files,
                         Optional<ExternalChecker.Stats> external) {
        public Report {
            findings = List.copyOf(findings);
        }
    }

    private SiteChecker(ResolvedSite site, Silencer silencer) {
        this.site = site;
        this.findings = new Findings(silencer);
        for (Page p : site.pages()) knownPages.put(p.outputPath(), p.outputPath());
        // A page that fails to render is an error of its own; links to it are not broken on top of that.
        files.addAll(knownPages.keySet());
    }

    public static SiteChecker start(ResolvedSite site, Silencer silencer) {
        return new SiteChecker(site, silencer);
    }

    /** A rendered content page. Thread-safe. */
    public void page(Page page, OutputFile html) {
        files.add(html.path());
        inspected.put(html.path(), PageInspector.inspect(html.path(), text(html), Optional.of(page.displayPath()),
                knownPages, findings));
    }

    /** A file the site makes itself; HTML ones are read like pages, with everything in them from the theme. */
    public void generated(OutputFile file) {
        files.add(file.path());
        if (file.path().endsWith(".html")) {
            inspected.put(file.path(), PageInspector.inspect(file.path(), text(file), Optional.empty(),
                    knownPages, findings));
        }
    }

    /** A file copied as it is (a theme asset, an image beside the pages). Thread-safe. */
    public void file(String sitePath) {
        files.add(sitePath);
    }

    /** Resolves the links between files, reports orphans and, with a checker, links to other sites. */
    public Report finish(Optional<ExternalChecker> external) {
        Map<String, Set<String>> edges = new HashMap<>();
        Map<String, List<Origin>> externalUses = new TreeMap<>();
        for (Map.Entry<String, PageInspector.Result> e : inspected.entrySet()) {
            Set<String> to = new HashSet<>(e.getValue().pageLinks());
            for (PageInspector.Reference r : e.getValue().references()) verify(r).ifPresent(to::add);
            edges.put(e.getKey(), to);
            for (PageInspector.ExternalUse u : e.getValue().externals()) {
                externalUses.computeIfAbsent(u.url(), k -> new ArrayList<>()).add(u.origin());
            }
        }
        reportOrphans(edges);
        Optional<ExternalChecker.Stats> stats = external.map(checker -> {
            Map<String, ExternalChecker.Outcome> outcomes = checker.check(externalUses.keySet());
            externalUses.forEach((url, uses) -> reportExternal(url, outcomes.get(url), uses));
            return checker.stats();
        });
        return new Report(findings.all(), findings.silenced(), inspected.size(), files.size(), stats);
    }

    /** Reports a reference whose target is missing; returns the page it leads to, for reachability. */
    private Optional<String> verify(PageInspector.Reference r) {
        String target = r.path();
        if (!files.contains(target) && files.contains(target + "/index.html")) target = target + "/index.html";
        if (!files.contains(target)) {
            String hint = r.written().contains(".md") && !r.origin().fromTheme()
                    ? "links written in HTML are not rewritten: write a Markdown link such as [text](page.md)" : "";
            String what = !r.origin().fromTheme() ? " '" + r.written() + "': the site has no " + r.path()
                    : (r.kind() == PageInspector.Kind.LINK ? " to " : " ") + r.path() + ": the site has no such file";
            findings.error(r.origin(), r.kind().rule, r.kind().label + what, hint);
            return Optional.empty();
        }
        PageInspector.Result page = inspected.get(target);
        if (page == null || r.kind() != PageInspector.Kind.LINK) return Optional.empty();
        String f = r.fragment();
        if (!f.isEmpty() && !page.ids().contains(f) && !PageInspector.isTop(f)) {
            findings.error(r.origin(), "missing-anchor", "link " + PageInspector.shown(r.origin(), r.written(),
                    target + "#" + f) + ": " + target + " has no element with the id '" + f + "'", "");
        }
        return Optional.of(target);
    }

    /** Pages that no chain of links leads to from the home page, through navigation or content. */
    private void reportOrphans(Map<String, Set<String>> edges) {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        String home = site.home().outputPath();
        reached.add(home);
        todo.add(home);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.poll(), Set.of())) {
                if (reached.add(next)) todo.add(next);
            }
        }
        for (Page p : site.pages()) {
            // The generated views (overview/) are the theme's to link; content authors cannot fix them.
            if (reached.contains(p.outputPath()) || p.displayPath().startsWith("(generated)")) continue;
            findings.warning(Origin.page(p.pos(), p.outputPath()), "orphan",
                    "orphan page: no link or navigation entry leads to " + p.outputPath(),
                    "link to it from a page or its section, or delete it if nobody needs it");
        }
    }

    private void reportExternal(String url, ExternalChecker.Outcome outcome, List<Origin> uses) {
        if (outcome == null || outcome.verdict() == ExternalChecker.Verdict.OK) return;
        for (Origin o : uses) {
            if (outcome.verdict() == ExternalChecker.Verdict.BROKEN) {
                findings.error(o, "external-link", "external link '" + url + "' " + outcome.message(), "");
            } else {
                findings.warning(o, "external-link", "external link '" + url + "' " + outcome.message(),
                        "it may work again later; exclude it in handbook.yml (check.external.exclude) if it never answers checks");
            }
        }
    }

    private static String text(OutputFile f) {
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }
}
