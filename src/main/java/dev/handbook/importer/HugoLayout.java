package dev.handbook.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hugo: its configuration (hugo.yaml, hugo.toml, config.yaml...), the content folder of the default
 * language, and static/, whose files the site serves from its root. Content in other languages is
 * not imported (a handbook has one language); the report says which folders were left.
 */
final class HugoLayout {
    private static final List<String> CONFIGS = List.of("config.toml", "config.yml", "config.yaml", "hugo.toml",
            "hugo.yml", "hugo.yaml");

    private HugoLayout() {
    }

    static Plan plan(SrcTree tree, Tally tally) {
        Plan plan = new Plan();
        Map<String, Object> config = new LinkedHashMap<>();
        for (String file : CONFIGS) { // later ones win: hugo.* over config.*
            if (tree.exists(file)) Configs.read(tree, file).ifPresent(c -> config.putAll(Configs.merge(config, c)));
        }
        String lang = Configs.text(config, "defaultContentLanguage").orElse("en");
        String content = Configs.text(config, "languages", lang, "contentDir")
                .or(() -> Configs.text(config, "contentDir")).orElse("content").replaceAll("/+$", "");
        plan.contentRoot = content;
        plan.title = Configs.text(config, "languages", lang, "title").or(() -> Configs.text(config, "title"))
                .orElse("Handbook");
        Map<String, Object> params = new LinkedHashMap<>(Configs.map(config, "params").orElse(Map.of()));
        params.putAll(Configs.map(config, "languages", lang, "params").orElse(Map.of()));
        plan.params.putAll(params);
        plan.description = params.get("description") instanceof String d ? d.strip() : "";
        plan.baseUrl = Configs.text(config, "baseURL").filter(u -> u.startsWith("http"));
        otherLanguages(config, lang, content, tree, tally);
        for (String f : tree.under(content)) {
            String rel = f.substring(content.length() + 1);
            if (Layouts.isMarkdown(rel)) plan.pages.add(new Plan.Entry(f, rel));
            else if (Layouts.isData(rel)) tally.note(f + ": a data file of Hugo, not imported");
            else plan.files.add(new Plan.Entry(f, rel));
        }
        for (String f : tree.under("static")) plan.files.add(new Plan.Entry(f, f.substring("static/".length())));
        if (tree.isFolder("layouts") || tree.isFolder("themes")) {
            tally.note("layouts/ and themes/ are Hugo templates, not imported: Handbook has its own theme");
        }
        return plan;
    }

    private static void otherLanguages(Map<String, Object> config, String lang, String content, SrcTree tree,
                                       Tally tally) {
        Optional<Map<String, Object>> languages = Configs.map(config, "languages");
        if (languages.isEmpty()) return;
        for (String other : languages.get().keySet()) {
            if (other.equals(lang)) continue;
            Optional<String> dir = Configs.text(config, "languages", other, "contentDir");
            if (dir.isEmpty() || dir.get().equals(content)) continue;
            int pages = (int) tree.under(dir.get()).stream().filter(Layouts::isMarkdown).count();
            tally.note(dir.get() + "/ (language '" + other + "', " + pages + " pages) was not imported: a handbook has "
                    + "one language, the default one");
        }
    }
}
