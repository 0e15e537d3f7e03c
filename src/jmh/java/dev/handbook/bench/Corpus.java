package dev.handbook.bench;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Staged;
import dev.handbook.model.Messages;
import dev.handbook.model.TypeSchema;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.parse.SchemaParser;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceTree;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A handbook read from disk once for a benchmark: its pages' text, and the site resolved from them. */
final class Corpus {
    /** The day the site is resolved for (review dates), fixed so every run resolves the same site. */
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    final SiteConfig config;
    final Theme theme;
    final List<SourceFile> pages;
    final List<String> texts = new ArrayList<>();
    final DocumentParser parser;
    final Messages messages;
    final Path root;

    Corpus(String root) {
        this.root = Path.of(root);
        this.config = ConfigLoader.load(this.root).value();
        this.theme = ThemeLoader.locate(this.root, config.theme()).value().orElseThrow();
        SourceTree tree = ContentLoader.list(this.root).value();
        this.pages = tree.ofKind(SourceFile.Kind.PAGE);
        for (SourceFile f : pages) texts.add(ContentLoader.readText(f).value());
        this.messages = BuildSteps.messages(theme, config).value();
        this.parser = new DocumentParser(ParseSettings.of(config, config.widestAudience(), messages));
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
        List<ParsedData> data = new ArrayList<>();
        for (SourceFile f : tree.ofKind(SourceFile.Kind.DATA)) {
            parser.parseData(f.path(), f.displayPath(), ContentLoader.readText(f).value()).value().ifPresent(data::add);
        }
        Staged<ResolvedSite> site = SiteResolver.resolve(new ResolveInput(parsed, data,
                tree.ofKind(SourceFile.Kind.STATIC), schemas(), config, config.widestAudience(), false, TODAY,
                dev.handbook.model.GitLog.NONE, messages));
        if (site.hasErrors()) throw new IllegalStateException("the corpus has errors: " + site.diagnostics());
        return site.value();
    }

    /** The theme's page types, as a build reads them. */
    private Map<String, TypeSchema> schemas() {
        Map<String, TypeSchema> out = new TreeMap<>();
        for (ThemeLoader.TypeFile f : ThemeLoader.typeFiles(theme).value()) {
            SchemaParser.parse(f.name(), f.displayPath(), f.text()).value().ifPresent(s -> out.put(s.name(), s));
        }
        return out;
    }
}
