package dev.handbook.bench;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Staged;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedPage;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A handbook read from disk once for a benchmark: its pages' text, and the site resolved from them. */
final class Corpus {
    final SiteConfig config;
    final List<SourceFile> pages;
    final List<String> texts = new ArrayList<>();
    final DocumentParser parser;
    final Path root;

    Corpus(String root) {
        this.root = Path.of(root);
        this.config = ConfigLoader.load(this.root).value();
        SourceTree tree = ContentLoader.list(this.root).value();
        this.pages = tree.ofKind(SourceFile.Kind.PAGE);
        for (SourceFile f : pages) texts.add(ContentLoader.readText(f).value());
        this.parser = new DocumentParser(ParseSettings.of(config, config.widestAudience()));
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages under " + this.root.resolve("content"));
    }

    Staged<ParsedPage> parse(int i) {
        SourceFile f = pages.get(i);
        return parser.parsePage(f.path(), f.displayPath(), texts.get(i));
    }

    ResolvedSite resolve() {
        List<ParsedPage> parsed = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) parsed.add(parse(i).value());
        SourceTree tree = ContentLoader.list(root).value();
        Staged<ResolvedSite> site = SiteResolver.resolve(new ResolveInput(parsed, List.of(),
                tree.ofKind(SourceFile.Kind.STATIC), config, config.widestAudience(), false));
        if (site.hasErrors()) throw new IllegalStateException("the corpus has errors: " + site.diagnostics());
        return site.value();
    }
}
