package dev.handbook.incremental;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import dev.handbook.pipeline.SiteEmitter;
import dev.handbook.render.RenderInput;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * One pass of an {@link IncrementalBuild} over the whole site, through {@link SiteEmitter}'s list of
 * files: an HTML file is rendered only when its {@link RenderInput} differs from the one it was last
 * rendered from, or its layout reads a template that changed; every other file keeps the bytes it
 * has in the site served. The files are claimed in the order a build writes them, so two sources of
 * one path give the build's error, and collected in memory.
 */
final class InMemorySite implements SiteEmitter.Maker, SiteEmitter.Sink {
    private final SiteRenderer renderer;
    private final Map<String, RenderInput> before;
    private final Set<String> changedTemplates;
    private final SiteFiles served;
    private final SourceState in;
    private final Function<ResolvedSite, List<OutputFile>> searchIndex;

    private final Map<String, Boolean> layoutChanged = new ConcurrentHashMap<>();
    private final Map<String, RenderInput> inputs = new ConcurrentHashMap<>();
    private final Collection<String> rendered = new ConcurrentLinkedQueue<>();
    private final OutputClaims claims = new OutputClaims();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    /**
     * @param before      what each HTML file of {@code served} was rendered from
     * @param searchIndex the files of the search index of a site
     */
    InMemorySite(SiteRenderer renderer, Map<String, RenderInput> before, Set<String> changedTemplates,
                 SiteFiles served, SourceState in, Function<ResolvedSite, List<OutputFile>> searchIndex) {
        this.renderer = renderer;
        this.before = before;
        this.changedTemplates = changedTemplates;
        this.served = served;
        this.in = in;
        this.searchIndex = searchIndex;
    }

    @Override
    public Staged<Optional<OutputFile>> page(ResolvedSite site, int index) {
        return make(renderer.pageInput(site, index));
    }

    /** The theme's own pages, each rendered only when its input or its templates changed. */
    @Override
    public SiteOutput themePages() {
        return (site, out) -> {
            List<Diagnostic> diags = new ArrayList<>(renderer.siteProblems(site));
            for (RenderInput input : renderer.extraInputs(site)) {
                Staged<Optional<OutputFile>> f = make(input);
                diags.addAll(f.diagnostics());
                f.value().ifPresent(out);
            }
            return diags;
        };
    }

    /** The file of {@code input}: rendered when it changed, else as served. */
    private Staged<Optional<OutputFile>> make(RenderInput input) {
        String path = input.outputPath();
        inputs.put(path, input);
        RenderInput was = before.get(path);
        Optional<byte[]> kept = served.get(path);
        boolean stale = was == null || kept.isEmpty() || !was.equals(input)
                || layoutChanged.computeIfAbsent(input.layout(), l -> renderer.layoutUses(l, changedTemplates));
        if (!stale) return Staged.of(Optional.of(new OutputFile(path, kept.get())));
        rendered.add(path);
        return renderer.render(input);
    }

    @Override
    public SiteOutput searchIndex() {
        return (site, out) -> {
            searchIndex.apply(site).parallelStream().forEach(out);
            return List.of();
        };
    }

    @Override
    public Map<String, Path> assets() {
        return in.assetFiles;
    }

    @Override
    public void page(Page page, OutputFile file) {
        if (claims.claim(file.path(), page.displayPath())) files.put(file.path(), file.bytes());
    }

    @Override
    public void generated(OutputFile file) {
        if (claims.claim(file.path(), SiteEmitter.generated(file.path()))) files.put(file.path(), file.bytes());
    }

    @Override
    public void asset(String path, Path from) {
        if (claims.claim(path, SiteEmitter.asset(path))) files.put(path, in.themeAssets.value().get(path));
    }

    @Override
    public synchronized void staticFile(StaticFile file, Path from) {
        if (claims.claim(file.path(), file.displayPath())) {
            in.staticBytes(file.path(), problems).ifPresent(b -> files.put(file.path(), b));
        }
    }

    /** Every file of the site, by path. */
    Map<String, byte[]> files() {
        return files;
    }

    /** What each HTML file was made from, for the next pass. */
    Map<String, RenderInput> inputs() {
        return inputs;
    }

    /** The HTML files rendered in this pass. */
    List<String> rendered() {
        return List.copyOf(rendered);
    }

    /** Static files that could not be read, and paths claimed twice. */
    synchronized List<Diagnostic> problems() {
        List<Diagnostic> out = new ArrayList<>(problems);
        out.addAll(claims.diagnostics());
        return out;
    }
}
