package dev.handbook.importer;

import java.util.Map;

/**
 * Middleman with GOV.UK's tech docs gem: {@code config/tech-docs.yml} and the pages of
 * {@code source/}, written {@code name.html.md.erb} (Markdown with ERB) or {@code name.html.md}.
 * Partials (files whose name starts with '_'), layouts, stylesheets and scripts are the
 * templates', not content; a page that includes a partial gets its text.
 */
final class MiddlemanLayout {
    private static final String SOURCE = "source";

    private MiddlemanLayout() {
    }

    static Plan plan(SrcTree tree, Tally tally) {
        Plan plan = new Plan();
        Map<String, Object> config = Configs.read(tree, "config/tech-docs.yml").orElse(Map.of());
        plan.title = Configs.text(config, "service_name").or(() -> Configs.text(config, "title")).orElse("Handbook");
        plan.description = Configs.text(config, "description").orElse("");
        plan.baseUrl = Configs.text(config, "host").filter(u -> u.startsWith("http"));
        plan.contentRoot = SOURCE;
        plan.includes = SOURCE;
        config.forEach((k, v) -> plan.params.put(k, v));
        if (config.get("redirects") instanceof Map<?, ?> r) r.forEach((k, v) -> plan.redirects.put(String.valueOf(k),
                String.valueOf(v)));
        Layouts.unused("config/tech-docs.yml", config, java.util.Set.of("service_name", "title", "description", "host",
                "redirects"), tally);
        int partials = 0;
        for (String f : tree.under(SOURCE)) {
            String rel = f.substring(SOURCE.length() + 1);
            String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
            if (top.equals("layouts") || top.equals("stylesheets") || top.equals("javascripts")) continue;
            if (Layouts.name(rel).startsWith("_")) {
                partials++;
                continue;
            }
            String page = pagePath(rel);
            if (!page.equals(rel) || Layouts.isMarkdown(rel)) {
                plan.pages.add(new Plan.Entry(f, page));
            } else if (rel.endsWith(".erb")) {
                tally.note(f + ": an ERB template that is not Markdown, not imported");
            } else {
                plan.files.add(new Plan.Entry(f, rel));
            }
        }
        if (partials > 0) tally.note(partials + " partials of source/ (files starting with '_') were not imported as "
                + "pages; pages that include them get their text");
        for (String folder : new String[]{"source/layouts", "source/stylesheets", "source/javascripts"}) {
            if (tree.isFolder(folder)) tally.note(folder + "/ belongs to the templates, not imported");
        }
        return plan;
    }

    /** {@code a/b.html.md.erb}, {@code a/b.html.md} and {@code a/b.md.erb} are the page {@code a/b.md}. */
    static String pagePath(String rel) {
        for (String ext : new String[]{".html.md.erb", ".html.markdown.erb", ".md.erb", ".html.md"}) {
            if (rel.endsWith(ext)) return rel.substring(0, rel.length() - ext.length()) + ".md";
        }
        return rel;
    }
}
