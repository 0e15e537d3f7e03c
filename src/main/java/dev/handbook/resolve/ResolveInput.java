package dev.handbook.resolve;

import dev.handbook.config.SiteConfig;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.source.SourceFile;

import dev.handbook.model.GitLog;
import dev.handbook.model.Messages;
import dev.handbook.model.TypeSchema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the resolver works from: the parsed pages and data files, the static files, the page
 * types, the configuration, the edition (audience) being built, whether drafts are included, the
 * date that counts as today (for review dates), what git knows of content/ (each file's last
 * change and the commits that changed it), and the site's words (for the generated views' titles).
 */
public record ResolveInput(List<ParsedPage> pages, List<ParsedData> data, List<SourceFile> statics,
                           Map<String, TypeSchema> schemas, SiteConfig config, String edition, boolean drafts,
                           LocalDate today, GitLog git, Messages messages) {
    public ResolveInput {
        pages = List.copyOf(pages);
        data = List.copyOf(data);
        statics = List.copyOf(statics);
        schemas = Map.copyOf(schemas);
        java.util.Objects.requireNonNull(git, "git");
        java.util.Objects.requireNonNull(messages, "messages");
    }
}
