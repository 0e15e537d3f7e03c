package dev.handbook.pipeline;

import dev.handbook.check.ExternalChecker;
import dev.handbook.check.LinkCache;
import dev.handbook.check.SiteChecker;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.render.SiteRenderer;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.source.CacheReader;
import dev.handbook.validate.Validator;
import dev.handbook.write.CacheWriter;
import dev.handbook.write.SiteWriter;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code handbook check}: everything the build checks, then the rendered site. Every page is
 * rendered in memory through the same {@link SiteEmitter} list a build writes (the output folder is
 * never replaced) and read back to verify what a reader would trip over: links, anchors, images,
 * ids, orphans, lint and, when asked, external links.
 *
 * <pre>{@code
 * CheckResult c = CheckRun.check(BuildOptions.defaults(Path.of(".")), CheckOptions.defaults(), Progress.NONE);
 * }</pre>
 */
public final class CheckRun {
    private final Run run;
    private final CheckOptions checks;

    private CheckRun(Run run, CheckOptions checks) {
        this.run = run;
        this.checks = checks;
    }

    public static CheckResult check(BuildOptions options, CheckOptions checks, Progress progress) {
        CheckRun check = new CheckRun(new Run(options, progress), checks);
        return Run.onPool(options, check::execute);
    }

    private CheckResult execute() {
        Optional<Run.Prepared> prepared = run.prepare(true);
        if (prepared.isEmpty()) return result(Optional.empty(), true);
        SiteConfig config = prepared.get().config();
        ResolvedSite site = prepared.get().site();
        Optional<SiteRenderer> renderer = run.keep(SiteRenderer.create(prepared.get().theme(), config, site.messages()));
        if (renderer.isEmpty()) return result(Optional.empty(), false);
        SiteChecker checker = SiteChecker.start(site, prepared.get().silencer());
        List<Diagnostic> renderDiags = Collections.synchronizedList(new ArrayList<>());
        try {
            run.time("render+read", () -> SiteEmitter.emit(site, SiteEmitter.fresh(renderer.get(), prepared.get().theme()),
                    run.options.root(), SiteEmitter.into(checker), renderDiags, run.progress, "check"));
        } catch (UncheckedIOException e) {
            run.diags.add(Diagnostic.error(SourcePos.file("themes"), "cannot read the theme: %s", e.getMessage())
                    .withRule("theme"));
        }
        run.diags.addAll(renderDiags);
        Optional<ExternalChecker> external = checks.external() ? Optional.of(externalChecker(config)) : Optional.empty();
        SiteChecker.Report report = run.time("check", () -> checker.finish(external));
        addFindings(report);
        if (checks.stale()) run.diags.addAll(Validator.stale(site));
        external.ifPresent(x -> run.diags.addAll(CacheWriter.save(run.options.root(), run.options.outDir(),
                CheckOptions.CACHE_FILE, x.cache().format(checks.clock().instant(), config.check().external().cacheFor()))));
        if (run.options.strict()) run.promoteWarnings();
        return result(Optional.of(report), false);
    }

    private ExternalChecker externalChecker(SiteConfig config) {
        Path file = run.options.outDir().resolve(SiteWriter.CACHE_FOLDER).resolve(CheckOptions.CACHE_FILE);
        LinkCache cache = CacheReader.read(file).map(LinkCache::parse).orElseGet(LinkCache::empty);
        return new ExternalChecker(config.check().external(), config.editUrl(), cache, checks.clock());
    }

    /** The check's findings, without those an earlier stage already reported at the same place. */
    private void addFindings(SiteChecker.Report report) {
        Set<String> reported = new HashSet<>();
        for (Diagnostic d : run.diags) reported.add(d.pos() + " " + d.rule());
        for (Diagnostic d : report.findings()) {
            if (!reported.contains(d.pos() + " " + d.rule())) run.diags.add(d);
        }
        run.silenced += report.silenced();
    }

    private CheckResult result(Optional<SiteChecker.Report> report, boolean usage) {
        List<Diagnostic> sorted = new ArrayList<>(run.diags);
        sorted.sort(Diagnostic.ORDER.thenComparing(Diagnostic::rule));
        return new CheckResult(sorted, report.map(SiteChecker.Report::pages).orElse(0),
                report.map(SiteChecker.Report::files).orElse(0), run.silenced,
                report.flatMap(SiteChecker.Report::external), run.timings.toMillis(), usage);
    }
}
