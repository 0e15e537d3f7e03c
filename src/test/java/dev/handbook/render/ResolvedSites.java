package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.model.Messages;
import dev.handbook.model.TypeSchema;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedPage;
import dev.handbook.parse.SchemaParser;
import dev.handbook.pipeline.BuildSteps;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Resolves a test site without rendering it, for tests of the renderer alone. */
public final class ResolvedSites {
    private ResolvedSites() {
    }

    public static ResolvedSite of(TestSite site) {
        return resolve(site, Map.of());
    }

    /** Like {@link #of}, with the page types of the handbook's theme: the built-in ones and its own. */
    public static ResolvedSite withTypes(TestSite site) {
        SiteConfig config = ConfigLoader.load(site.root()).value();
        Theme theme = ThemeLoader.locate(site.root(), config.theme()).value().orElseThrow();
        Map<String, TypeSchema> schemas = new TreeMap<>();
        for (ThemeLoader.TypeFile f : ThemeLoader.typeFiles(theme).value()) {
            SchemaParser.parse(f.name(), f.displayPath(), f.text()).value().ifPresent(t -> schemas.put(t.name(), t));
        }
        return resolve(site, schemas);
    }

    private static ResolvedSite resolve(TestSite site, Map<String, TypeSchema> schemas) {
        SiteConfig config = ConfigLoader.load(site.root()).value();
        Theme theme = ThemeLoader.locate(site.root(), config.theme()).value().orElseThrow();
        Messages messages = BuildSteps.messages(theme, config).value();
        DocumentParser parser = new DocumentParser(ParseSettings.of(config, config.widestAudience(), messages));
        List<ParsedPage> pages = new ArrayList<>();
        for (SourceFile f : ContentLoader.list(site.root()).value().ofKind(SourceFile.Kind.PAGE)) {
            pages.add(parser.parsePage(f.path(), f.displayPath(), ContentLoader.readText(f).value()).value());
        }
        return SiteResolver.resolve(new ResolveInput(pages, List.of(), List.of(), schemas, config,
                config.widestAudience(), false, LocalDate.of(2026, 1, 1), dev.handbook.model.GitLog.NONE, messages))
                .value();
    }
}
