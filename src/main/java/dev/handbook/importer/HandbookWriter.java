package dev.handbook.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Writes the imported handbook: handbook.yml, the pages and the copied files. It only creates files
 * (never replaces one: the import refused a ROOT that holds a handbook), and only under ROOT.
 */
final class HandbookWriter {
    private HandbookWriter() {
    }

    static void write(Path root, Source from, Path src, Plan plan, Map<String, String> pages, List<Plan.Entry> files,
                      SrcTree tree, List<ImportReport.Left> left) throws IOException {
        Path content = root.resolve("content");
        Files.createDirectories(content);
        create(root.resolve("handbook.yml"), settings(from, src, plan, left));
        for (Map.Entry<String, String> p : pages.entrySet()) create(content.resolve(p.getKey()), p.getValue());
        for (Plan.Entry f : files) {
            Path to = content.resolve(f.content());
            if (pages.containsKey(f.content()) || Files.exists(to, LinkOption.NOFOLLOW_LINKS)) continue;
            Files.createDirectories(to.getParent());
            Files.copy(tree.absolute(f.src()), to, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static void create(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** handbook.yml: what the source's configuration says that Handbook has a setting for. */
    static String settings(Source from, Path src, Plan plan, List<ImportReport.Left> left) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by 'handbook import --from ").append(from.cliName()).append("' from ")
                .append(src.getFileName() == null ? src : src.getFileName()).append(".\n");
        sb.append("# Every setting: docs/content/maintainers/configuration.md of Handbook.\n");
        sb.append("title: ").append(YamlText.scalar(plan.title)).append('\n');
        if (!plan.description.isBlank()) sb.append("description: ").append(YamlText.scalar(plan.description)).append('\n');
        plan.baseUrl.ifPresent(u -> sb.append("base_url: ").append(YamlText.scalar(u)).append('\n'));
        if (!plan.nav.isEmpty()) {
            sb.append("# The sidebar's order and labels, from the source's own navigation.\nnav:\n");
            for (String line : plan.nav) sb.append(line).append('\n');
        }
        if (!plan.redirects.isEmpty()) {
            sb.append("# Old addresses that keep working.\nredirects:\n");
            plan.redirects.forEach((k, v) -> sb.append("  ").append(YamlText.scalar(k)).append(": ")
                    .append(YamlText.scalar(v)).append('\n'));
        }
        return sb.toString();
    }
}
