package dev.handbook.resolve;

import dev.handbook.config.SiteConfig;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.source.SourceFile;

import java.util.List;

/**
 * Everything the resolver works from: the parsed pages and data files, the static files, the
 * configuration, the edition (audience) being built and whether drafts are included.
 */
public record ResolveInput(List<ParsedPage> pages, List<ParsedData> data, List<SourceFile> statics,
                           SiteConfig config, String edition, boolean drafts) {
    public ResolveInput {
        pages = List.copyOf(pages);
        data = List.copyOf(data);
        statics = List.copyOf(statics);
    }
}
