package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CachePlace;
import dev.handbook.cache.Hash;
import dev.handbook.cache.Identity;
import dev.handbook.check.Silencer;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Severity;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.GitLog;
import dev.handbook.model.Messages;
import dev.handbook.model.TypeSchema;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.GitHistory;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * One run's state (its options, diagnostics and timings) and the stages every run takes before
 * rendering: configuration, source, parse, resolve and validate. {@link Pipeline} goes on to write
 * the site, {@link CheckRun} to read it back. Lives for one call.
 */
final class Run {
    final BuildOptions options;
    final Progress progress;
    final List<Diagnostic> diags = new ArrayList<>();
    final Timings timings = new Timings();
    int silenced;
    List<String> withheld = List.of();
    /** The build cache, once {@link #prepare} opened it (only when {@link #cacheWanted}). */
    Optional<BuildCache> cache = Optional.empty();
    boolean cacheWanted;
    /** With the cache: the pages whose HTML must be rendered, every other page's being the cache's (see {@link ViewReuse}). */
    Optional<java.util.Set<String>> toRender = Optional.empty();

    Run(BuildOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** What every command needs before rendering. */
    record Prepared(SiteConfig config, Theme theme, ResolvedSite site, Silencer silencer) {
    }

    /** Runs {@code work} on a pool of the requested size, so parallel streams inside it use that many threads. */
    static <T> T onPool(BuildOptions options, Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return Pools.run(pool, work);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Configuration to resolved site, with silenced findings removed; empty when a usage or
     * configuration error stops the run.
     *
     * @param marks parse with source marks, so the check can map rendered HTML back to Markdown lines
     */
    Optional<Prepared> prepare(boolean marks) {
        Path root = options.root();
        SiteConfig config = time("config", () -> keep(ConfigLoader.load(root)));
        if (hasErrors()) return Optional.empty();
        Staged<String> edition = keepStaged(BuildSteps.edition(config, options.audience()));
        if (edition.hasErrors()) return Optional.empty();
        Optional<Theme> theme = keep(ThemeLoader.locate(root, config.theme()));
        if (theme.isEmpty()) return Optional.empty();
        SourceTree tree = time("load", () -> keep(ContentLoader.list(root)));
        diags.addAll(BuildSteps.checkStatics(config, tree.ofKind(SourceFile.Kind.STATIC)));
        Map<String, TypeSchema> schemas = keep(BuildSteps.schemas(theme.get()));
        Messages messages = keep(BuildSteps.messages(theme.get(), config));
        GitLog git = time("git", () -> keep(GitHistory.read(root)));
        DocumentParser parser = new DocumentParser(ParseSettings.of(config, edition.value(), messages)
                .withSourceMarks(marks));
        if (cacheWanted && !marks) cache = openCache(config, theme.get(), edition.value());
        timings.declare("parse", BuildSteps.PARSE_STEPS);
        List<ParsedPage> pages = time("parse", () -> parsePages(parser, tree.ofKind(SourceFile.Kind.PAGE), marks));
        List<ParsedData> data = parseData(parser, tree.ofKind(SourceFile.Kind.DATA));
        progress.update("resolve", 0, 1);
        ResolvedSite resolved = time("resolve", () -> keep(SiteResolver.resolve(new ResolveInput(pages, data,
                tree.ofKind(SourceFile.Kind.STATIC), schemas, config, edition.value(), options.drafts(), options.today(),
                git, messages))));
        ResolvedSite site = keep(BuildSteps.finish(resolved));
        if (cache.isPresent()) {
            toRender = time("reuse", () -> ViewReuse.toRender(cache.get(), tree, git, pages, site));
        }
        withheld = site.hidden().withheldFiles();
        BuildSteps.Silencing silencing = BuildSteps.silence(config, site.pages(), diags);
        silenced += silencing.silenced();
        List<Diagnostic> told = new ArrayList<>(Redaction.apply(diags, site, file -> tree.ofKind(SourceFile.Kind.PAGE).stream()
                .filter(f -> f.displayPath().equals(file)).findFirst().map(f -> ContentLoader.readText(f).value())));
        diags.clear();
        diags.addAll(told);
        return Optional.of(new Prepared(config, theme.get(), site, silencing.silencer()));
    }

    private List<ParsedPage> parsePages(DocumentParser parser, List<SourceFile> files, boolean marks) {
        List<Staged<Optional<ParsedPage>>> parsed = BuildSteps.parsePages(parser, files, options.threads(), marks,
                timings, progress, cache);
        List<ParsedPage> out = new ArrayList<>(parsed.size());
        for (Staged<Optional<ParsedPage>> p : parsed) {
            diags.addAll(p.diagnostics());
            p.value().ifPresent(out::add);
        }
        return out;
    }

    /** The build cache of {@link BuildOptions#cacheDir()}, one per edition; empty (with a warning) when it cannot be used. */
    private Optional<BuildCache> openCache(SiteConfig config, Theme theme, String edition) {
        Optional<Path> dir = options.cacheDir();
        if (dir.isEmpty()) return Optional.empty();
        Optional<String> refusal = CachePlace.refusal(options.root(), options.outDir(), dir.get());
        if (refusal.isPresent()) {
            diags.add(Diagnostic.error(SourcePos.file(dir.get().toString()), "%s", refusal.get())
                    .withHint("choose another folder with --cache DIR").withRule("usage"));
            return Optional.empty();
        }
        try {
            Path yml = options.root().resolve(SiteConfig.FILE_NAME);
            byte[] configBytes = java.nio.file.Files.exists(yml) ? java.nio.file.Files.readAllBytes(yml) : new byte[0];
            Hash identity = Identity.of(Identity.code(), Identity.files(theme.dirs()), configBytes,
                    "edition=" + edition + "\ndrafts=" + options.drafts() + "\ntoday=" + options.today());
            return keep(BuildCache.open(dir.get().resolve(CachePlace.slot(edition, options.drafts())), identity));
        } catch (java.io.IOException | RuntimeException e) {
            diags.add(CachePlace.unusable(dir.get(), e.getMessage()));
            return Optional.empty();
        }
    }

    private List<ParsedData> parseData(DocumentParser parser, List<SourceFile> files) {
        List<ParsedData> out = new ArrayList<>();
        for (SourceFile f : files) keep(BuildSteps.parseData(parser, f)).ifPresent(out::add);
        return out;
    }

    <T> T keep(Staged<T> staged) {
        diags.addAll(staged.diagnostics());
        return staged.value();
    }

    private <T> Staged<T> keepStaged(Staged<T> staged) {
        diags.addAll(staged.diagnostics());
        return staged;
    }

    <T> T time(String stage, Supplier<T> work) {
        return timings.stage(stage, work);
    }

    boolean hasErrors() {
        return diags.stream().anyMatch(Diagnostic::isError);
    }

    /** Under {@code --strict}: every warning of the content becomes an error; the cache's own warnings do not. */
    void promoteWarnings() {
        diags.replaceAll(d -> d.severity() == Severity.WARNING && !d.rule().equals(CachePlace.RULE)
                ? d.withSeverity(Severity.ERROR) : d);
    }
}
