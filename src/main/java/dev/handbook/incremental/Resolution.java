package dev.handbook.incremental;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.Page;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.source.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site resolved again from what {@link SourceState} holds, as a build resolves and finishes it,
 * with the problems of both steps and each page's number by its path under content/.
 */
record Resolution(ResolvedSite site, List<Diagnostic> problems, Map<String, Integer> indexByPath) {
    static Resolution of(SourceState in, BuildOptions options) {
        List<ParsedPage> parsedPages = new ArrayList<>();
        for (SourceFile f : in.tree.value().ofKind(SourceFile.Kind.PAGE)) {
            in.pages.get(f.path()).value().ifPresent(parsedPages::add);
        }
        List<ParsedData> parsedData = new ArrayList<>();
        for (SourceFile f : in.tree.value().ofKind(SourceFile.Kind.DATA)) {
            in.data.get(f.path()).value().ifPresent(parsedData::add);
        }
        Staged<ResolvedSite> r = SiteResolver.resolve(new ResolveInput(parsedPages, parsedData,
                in.tree.value().ofKind(SourceFile.Kind.STATIC), in.schemas.value(), in.config.value(), in.edition,
                options.drafts(), options.today(), in.git.value(), in.messages.value()));
        Staged<ResolvedSite> finished = BuildSteps.finish(r.value());
        List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
        problems.addAll(finished.diagnostics());
        Map<String, Integer> byPath = new HashMap<>();
        for (Page p : finished.value().pages()) byPath.put(p.path(), p.index());
        return new Resolution(finished.value(), List.copyOf(problems), Map.copyOf(byPath));
    }
}
