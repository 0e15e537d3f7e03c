package dev.handbook.importer;

import dev.handbook.config.YamlReader;
import dev.handbook.diag.Staged;
import dev.handbook.model.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of the source as a page of the new handbook: its front matter converted (TOML to YAML
 * first), then its body by the conversions of its generator, then the conversions every source
 * needs. Returns the text to write and the constructs left in it, with their positions.
 */
final class PageConverter {
    /** The page as written out, what in it a person must decide, and the rewrites placed in it. */
    record Converted(String text, List<ImportReport.Left> left, List<ImportReport.Rewrite> placed) {
    }

    private PageConverter() {
    }

    static Converted convert(Source from, Plan.Entry page, String text, Plan plan, SrcTree tree,
                             Optional<String> sourceUrl, Tally tally) {
        String file = "content/" + page.content();
        PageText split = PageText.split(text);
        Leftovers left = new Leftovers();
        String yaml = split.frontMatter().orElse("");
        java.util.List<ImportReport.Left> frontLeft = new java.util.ArrayList<>();
        if (split.toml()) {
            Optional<Map<String, Object>> toml = Toml.read(yaml);
            if (toml.isEmpty()) {
                frontLeft.add(new ImportReport.Left(file, 1, 1, "TOML front matter the importer cannot read", "+++"));
                return new Converted(text, frontLeft, List.of());
            }
            yaml = YamlText.block(toml.get());
            tally.rewrote("front matter: TOML to YAML");
        }
        Map<String, Object> front = plainFrontMatter(yaml);
        String body = split.body();
        PageContext ctx = new PageContext(page.src(), page.content(), front, plan, tree, sourceUrl);
        body = switch (from) {
            case HUGO -> Shortcodes.convert(body, ctx, tally, left);
            case JEKYLL -> Liquid.convert(body, ctx, tally, left);
            // Middleman runs ERB only in files ending .erb; in any other, '<%' was text.
            case MIDDLEMAN -> page.src().endsWith(".erb") ? Erb.convert(body, ctx, tally, left)
                    : LiteralText.escape(body, tally, "template-like text escaped (Middleman showed it as written)");
            case MKDOCS -> LiteralText.escape(mkdocs(body, ctx, tally, left), tally,
                    "template-like text escaped (MkDocs showed it as written)");
            case GITHUB -> LiteralText.escape(MarkdownRewrites.githubAlerts(body, tally), tally,
                    "template-like text escaped (GitHub showed it as written)");
        };
        body = MarkdownRewrites.bracketedLinkText(body, tally);
        left.nextPass();
        body = MarkdownRewrites.sourceLinks(body, ctx, tally, left, from == Source.GITHUB || from == Source.MKDOCS);
        body = MarkdownRewrites.blankLines(body);
        body = MarkdownRewrites.attributeLists(body, tally);
        if (from == Source.MKDOCS) left.scanMkDocs(body);
        left.scanAttributeLists(body, from.generatorName());
        String frontOut = "";
        if (!yaml.isBlank()) {
            FrontMatterConverter.Result r = FrontMatterConverter.convert(yaml, from, "/" + urlOf(page.content()), tally);
            frontOut = r.yaml();
            for (FrontMatterConverter.Marked m : r.left()) {
                frontLeft.add(new ImportReport.Left(file, m.line() + 1, 1, m.kind(), m.text()));
            }
        }
        String out = PageText.join(frontOut, body);
        int bodyStart = out.length() - body.length();
        List<ImportReport.Left> all = new java.util.ArrayList<>(frontLeft);
        all.addAll(left.locate(file, out, bodyStart));
        return new Converted(out, all, left.locateRewrites(file, out, bodyStart));
    }

    /**
     * MkDocs' Markdown extensions and plugins, snippets first: pymdownx.snippets runs before the rest;
     * autorefs last, once the notes its references may lead to are written.
     */
    private static String mkdocs(String body, PageContext ctx, Tally tally, Leftovers left) {
        String b = Snippets.expand(body, ctx, tally, left);
        if (ctx.plan().callouts) b = MarkdownRewrites.callouts(b, tally);
        b = MarkdownRewrites.tocMarkers(b, tally);
        if (ctx.plan().ghLinksRepo.isPresent()) b = MarkdownRewrites.githubReferences(b, ctx.plan().ghLinksRepo.get(), tally);
        left.nextPass();
        b = GeneratedReference.convert(b, ctx.plan(), tally, left);
        left.nextPass();
        return AutoRefs.convert(b, ctx, tally, left);
    }

    /** The page's address in the new handbook, as the build will give it ({@code docs/overview/}). */
    static String urlOf(String content) {
        String name = Layouts.name(content).toLowerCase(java.util.Locale.ROOT);
        String folder = Layouts.folderOf(content);
        if (name.equals("index.md") || name.equals("_index.md") || name.equals("readme.md")) {
            return folder.isEmpty() ? "" : folder + "/";
        }
        return content.replaceAll("\\.(md|markdown)$", "") + "/";
    }

    private static Map<String, Object> plainFrontMatter(String yaml) {
        if (yaml.isBlank()) return Map.of();
        Staged<Optional<Value>> read = YamlReader.read("front matter", yaml, 1);
        if (read.value().isEmpty() || !(read.value().get() instanceof Value.Dict d)) return Map.of();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Configs.plain(d);
        return new LinkedHashMap<>(m);
    }
}
