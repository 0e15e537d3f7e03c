package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.ParseSettings;
import dev.handbook.parse.ParsedPage;
import dev.handbook.resolve.ResolveInput;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteResolver;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Resolves a test site without rendering it, for tests of the renderer alone. */
public final class ResolvedSites {
    private ResolvedSites() {
    }

    public static ResolvedSite of(TestSite site) {
        SiteConfig config = ConfigLoader.load(site.root()).value();
        DocumentParser parser = new DocumentParser(ParseSettings.of(config, config.widestAudience()));
        List<ParsedPage> pages = new ArrayList<>();
        for (SourceFile f : ContentLoader.list(site.root()).value().ofKind(SourceFile.Kind.PAGE)) {
            pages.add(parser.parsePage(f.path(), f.displayPath(), ContentLoader.readText(f).value()).value());
        }
        return SiteResolver.resolve(new ResolveInput(pages, List.of(), List.of(), Map.of(), config,
                config.widestAudience(), false, LocalDate.of(2026, 1, 1), Map.of())).value();
    }
}
