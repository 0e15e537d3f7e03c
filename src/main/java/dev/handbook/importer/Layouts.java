package dev.handbook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each generator keeps its pages, files and settings, and where they go in the new handbook:
 * the {@link Plan} of an import. One method per generator; each reads only the source tree.
 */
final class Layouts {
    private static final Pattern H1 = Pattern.compile("(?m)^#\\s+(.+?)\\s*#*\\s*$");

    private Layouts() {
    }

    static Plan plan(Source from, SrcTree tree, Tally tally) {
        return switch (from) {
            case MKDOCS -> mkdocs(tree, tally);
            case JEKYLL -> JekyllLayout.plan(tree, tally);
            case HUGO -> HugoLayout.plan(tree, tally);
            case MIDDLEMAN -> MiddlemanLayout.plan(tree, tally);
            case GITHUB -> github(tree, tally);
        };
    }

    /** A folder of Markdown on GitHub: every Markdown file a page, README.md each folder's own page. */
    static Plan github(SrcTree tree, Tally tally) {
        Plan plan = new Plan();
        plan.onlyLinkedFiles = true;
        for (String f : tree.files()) {
            if (isMarkdown(f)) plan.pages.add(new Plan.Entry(f, f));
            else plan.files.add(new Plan.Entry(f, f));
        }
        String readme = plan.pages.stream().map(Plan.Entry::src).filter(p -> p.equalsIgnoreCase("README.md"))
                .findFirst().orElse("");
        plan.title = tree.text(readme).flatMap(Layouts::firstHeading)
                .orElse(tree.root().toAbsolutePath().normalize().getFileName().toString());
        return plan;
    }

    /** MkDocs: mkdocs.yml, the docs_dir, its nav and the extensions the importer knows. */
    static Plan mkdocs(SrcTree tree, Tally tally) {
        Plan plan = new Plan();
        String file = tree.exists("mkdocs.yml") ? "mkdocs.yml" : "mkdocs.yaml";
        Map<String, Object> config = Configs.read(tree, file).orElseGet(() -> {
            tally.note("no readable mkdocs.yml: the pages of docs/ were imported without its settings");
            return Map.of();
        });
        String docs = Configs.text(config, "docs_dir").orElse("docs").replaceAll("/+$", "");
        plan.contentRoot = docs;
        plan.title = Configs.text(config, "site_name").orElse("Handbook");
        plan.description = Configs.text(config, "site_description").orElse("");
        plan.baseUrl = Configs.text(config, "site_url").filter(u -> u.startsWith("http"));
        List<Pattern> excluded = globs(Configs.text(config, "exclude_docs").orElse(""));
        for (String f : tree.under(docs)) {
            String rel = f.substring(docs.length() + 1);
            if (excluded.stream().anyMatch(p -> p.matcher(rel).matches() || p.matcher(name(rel)).matches())) {
                tally.note(f + ": left out, as mkdocs.yml's exclude_docs says");
                continue;
            }
            if (isMarkdown(rel)) plan.pages.add(new Plan.Entry(f, rel));
            else if (isData(rel)) tally.note(f + ": a data file of MkDocs' theme or plugins, not imported");
            else plan.files.add(new Plan.Entry(f, rel));
        }
        extensions(config, plan);
        plan.mkdocstrings = plugin(config, "mkdocstrings");
        plan.autorefs = plan.mkdocstrings || plugin(config, "autorefs");
        Optional<String> navFile = literateNavFile(config);
        Object nav = config.get("nav");
        if (nav instanceof List<?> entries) new MkDocsNav(tree, docs, navFile, plan.nav, tally).entries(entries, 0);
        unused(file, config, java.util.Set.of("site_name", "site_description", "site_url", "docs_dir", "exclude_docs",
                "nav", "plugins", "markdown_extensions"), tally);
        Object plugins = config.get("plugins");
        if (plugins instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> m && m.get("redirects") instanceof Map<?, ?> r
                        && r.get("redirect_maps") instanceof Map<?, ?> maps) {
                    maps.forEach((k, v) -> plan.redirects.put(String.valueOf(k), String.valueOf(v)));
                }
            }
        }
        if (plan.autorefs) plan.autorefTargets = AutoRefs.targets(plan, tree);
        return plan;
    }

    private static void extensions(Map<String, Object> config, Plan plan) {
        if (!(config.get("markdown_extensions") instanceof List<?> list)) return;
        for (Object ext : list) {
            String name = ext instanceof Map<?, ?> m && m.size() == 1 ? String.valueOf(m.keySet().iterator().next())
                    : String.valueOf(ext);
            Object options = ext instanceof Map<?, ?> m ? m.get(name) : null;
            if (name.equals("callouts")) plan.callouts = true;
            if (name.equals("mdx_gh_links") && options instanceof Map<?, ?> o && o.get("user") != null
                    && o.get("repo") != null) {
                plan.ghLinksRepo = Optional.of(o.get("user") + "/" + o.get("repo"));
            }
            if (name.equals("mkdocs-click") || name.equals("mkdocs_click")) plan.mkdocsClick = true;
            if (name.equals("pymdownx.snippets")) snippets(options, plan);
        }
    }

    /** pymdownx.snippets' options: {@code base_path} (one path or a list, default ".") and {@code restrict_base_path}. */
    private static void snippets(Object options, Plan plan) {
        Object base = options instanceof Map<?, ?> o ? o.get("base_path") : null;
        List<String> bases = new ArrayList<>();
        if (base instanceof String b) bases.add(b);
        else if (base instanceof List<?> l) for (Object b : l) bases.add(String.valueOf(b));
        else bases.add(".");
        plan.snippetBases = Optional.of(List.copyOf(bases));
        plan.snippetsRestricted = !(options instanceof Map<?, ?> o && "false".equalsIgnoreCase(
                String.valueOf(o.get("restrict_base_path"))));
    }

    /** Whether mkdocs.yml's {@code plugins:} list enables a plugin, by name or with options. */
    private static boolean plugin(Map<String, Object> config, String name) {
        Object plugins = config.get("plugins");
        if (plugins instanceof Map<?, ?> m) return m.containsKey(name);
        if (!(plugins instanceof List<?> list)) return false;
        return list.stream().anyMatch(p -> name.equals(p) || p instanceof Map<?, ?> m && m.containsKey(name));
    }

    private static Optional<String> literateNavFile(Map<String, Object> config) {
        if (!(config.get("plugins") instanceof List<?> list)) return Optional.empty();
        for (Object p : list) {
            if (p instanceof Map<?, ?> m && m.get("literate-nav") instanceof Map<?, ?> o) {
                return Optional.of(o.get("nav_file") instanceof String s ? s : "SUMMARY.md");
            }
            if ("literate-nav".equals(p)) return Optional.of("SUMMARY.md");
        }
        return Optional.empty();
    }

    /** Notes the settings of a generator's configuration that handbook.yml has no counterpart for. */
    static void unused(String file, Map<String, Object> config, java.util.Set<String> used, Tally tally) {
        List<String> rest = config.keySet().stream().filter(k -> !used.contains(k)).sorted().toList();
        if (!rest.isEmpty()) {
            tally.note(file + ": settings without a counterpart in handbook.yml, not carried over: " + String.join(", ", rest));
        }
    }

    /** Glob lines as gitignore writes them ({@code *.py}, {@code drafts/}) to patterns over paths. */
    static List<Pattern> globs(String lines) {
        List<Pattern> out = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String g = line.strip();
            if (g.isEmpty() || g.startsWith("#") || g.startsWith("!")) continue;
            if (g.startsWith("/")) g = g.substring(1);
            if (g.endsWith("/")) g = g + "**";
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < g.length(); i++) {
                char c = g.charAt(i);
                if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                    re.append(".*");
                    i++;
                } else if (c == '*') {
                    re.append("[^/]*");
                } else if (c == '?') {
                    re.append("[^/]");
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            out.add(Pattern.compile(re.toString()));
        }
        return out;
    }

    static Optional<String> firstHeading(String text) {
        Matcher m = H1.matcher(PageText.split(text).body());
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    static boolean isData(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yml") || lower.endsWith(".yaml");
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String folderOf(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }
}
