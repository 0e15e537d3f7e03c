package dev.handbook.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll: _config.yml, the pages outside folders that start with '_', the collections that are
 * written out (a folder {@code _name/} becomes {@code name/}), and the posts of {@code _posts/},
 * whose dated addresses become aliases of their new pages.
 */
final class JekyllLayout {
    private static final Set<String> TOOLING = Set.of("Gemfile", "Gemfile.lock", "Rakefile", "package.json",
            "package-lock.json", "CNAME", "LICENSE", "LICENSE.md");
    private static final Pattern POST = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)\\.(md|markdown)");

    private JekyllLayout() {
    }

    static Plan plan(SrcTree tree, Tally tally) {
        Plan plan = new Plan();
        Map<String, Object> config = Configs.read(tree, "_config.yml").orElse(Map.of());
        plan.title = Configs.text(config, "title").orElse("Handbook");
        plan.description = Configs.text(config, "description").orElse("");
        plan.baseUrl = Configs.text(config, "url").filter(u -> u.startsWith("http"))
                .map(u -> u + Configs.text(config, "baseurl").orElse(""));
        config.forEach((k, v) -> {
            if (v instanceof String) plan.params.put(k, v);
        });
        plan.includes = "_includes";
        Layouts.unused("_config.yml", config, Set.of("title", "description", "url", "baseurl", "collections", "exclude"),
                tally);
        Set<String> collections = new HashSet<>();
        if (config.get("collections") instanceof Map<?, ?> m) m.keySet().forEach(k -> collections.add("_" + k));
        else if (config.get("collections") instanceof List<?> l) l.forEach(k -> collections.add("_" + k));
        Set<String> exclude = new HashSet<>(TOOLING);
        if (config.get("exclude") instanceof List<?> l) l.forEach(x -> exclude.add(String.valueOf(x).replaceAll("/+$", "")));
        for (String f : tree.files()) {
            String top = f.contains("/") ? f.substring(0, f.indexOf('/')) : f;
            if (exclude.contains(top) || exclude.contains(f)) continue;
            if (top.equals("_posts")) {
                post(f, plan, tally);
            } else if (top.startsWith("_") && !collections.contains(top)) {
                continue; // layouts, includes, sass, data, _config.yml: the generator's, not content
            } else {
                String content = top.startsWith("_") ? f.substring(1) : f;
                if (Layouts.isMarkdown(f)) plan.pages.add(new Plan.Entry(f, content));
                else if (f.endsWith(".html") && tree.text(f).map(t -> t.startsWith("---")).orElse(false)) {
                    tally.note(f + ": an HTML page with Liquid, not imported (Handbook's pages are Markdown)");
                } else if (Layouts.isData(f)) {
                    tally.note(f + ": a data file, not imported");
                } else {
                    plan.files.add(new Plan.Entry(f, content));
                }
            }
        }
        for (String folder : List.of("_layouts", "_includes", "_sass", "_data", "_plugins")) {
            if (tree.isFolder(folder)) tally.note(folder + "/ belongs to Jekyll's templates and data, not imported");
        }
        return plan;
    }

    /** {@code _posts/2024-01-05-hello.md} is {@code posts/2024-01-05-hello.md}; its old address was /2024/01/05/hello.html. */
    private static void post(String f, Plan plan, Tally tally) {
        String name = Layouts.name(f);
        Matcher m = POST.matcher(name);
        if (!m.matches()) {
            tally.note(f + ": not a post (no YYYY-MM-DD- in its name), not imported");
            return;
        }
        String content = "posts/" + name;
        plan.pages.add(new Plan.Entry(f, content));
        plan.redirects.put("/" + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/" + m.group(4) + ".html", content);
    }
}
