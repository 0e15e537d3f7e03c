package dev.handbook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The package rules of STYLE.md §1 and R8, read from the sources: stages depend only on earlier
 * ones, and each library stays inside the stage that owns it, so a change of Markdown or template
 * engine touches one package and a newcomer finds the room for a change from the stage list.
 */
class ImportBoundaryTest {
    private static final Path SRC = Path.of("src/main/java/dev/handbook");
    private static final Path ARCHITECTURE = Path.of("docs/content/contributors/architecture.md");

    /**
     * Every package, in stage order (STYLE.md §1: source, parse, resolve, validate, render, site
     * outputs, write). A package may use only packages on earlier lines; packages on one line are
     * peers and may not use each other. The shared values come first ({@code diag}, {@code model},
     * {@code config}: every stage may read them); then the stages; then the commands' own jobs, the
     * orchestrators and, last, the command line, which nothing imports.
     */
    private static final List<Set<String>> ORDER = List.of(
            Set.of("diag"),
            Set.of("model"),
            Set.of("config"),
            Set.of("source"),
            Set.of("parse"),
            Set.of("resolve"),
            Set.of("validate"),
            Set.of("render"),
            Set.of("postprocess"),
            Set.of("search", "sitemap", "calendar", "feed"),
            Set.of("write"),
            Set.of("check", "scaffold", "importer", "cache"),
            Set.of("pipeline"),
            Set.of("incremental"),
            Set.of("serve"),
            Set.of("cli"));

    /** Library package prefix to the stages allowed to import it (STYLE.md R8; picocli is the command line's). */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "com.vladsch.flexmark", Set.of("parse"),
            "org.yaml.snakeyaml", Set.of("parse", "config"),
            "io.pebbletemplates", Set.of("render"),
            "org.jsoup", Set.of("postprocess", "search", "check"),
            "org.apache.commons.io", Set.of("source", "write"),
            "picocli", Set.of("cli"));

    /** A use of one of our packages in code: an import or a qualified name. */
    private static final Pattern OWN = Pattern.compile("\\bdev\\.handbook\\.([a-z]+)\\.[A-Za-z]");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void everyPackageHasItsPlaceInTheStageOrder() throws IOException {
        Set<String> ordered = new TreeSet<>();
        ORDER.forEach(ordered::addAll);
        assertEquals(ordered, packages());
    }

    @Test
    void aStageNeverUsesALaterOne() throws IOException {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ORDER.size(); i++) for (String p : ORDER.get(i)) rank.put(p, i);
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String stage = stageOf(file);
            Matcher m = OWN.matcher(COMMENTS.matcher(Files.readString(file)).replaceAll(""));
            Set<String> used = new TreeSet<>();
            while (m.find()) used.add(m.group(1));
            for (String other : used) {
                if (!other.equals(stage) && rank.getOrDefault(other, Integer.MAX_VALUE) >= rank.get(stage)) {
                    violations.add(SRC.relativize(file) + " uses " + other);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void librariesStayInTheirStage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String stage = stageOf(file);
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("import ")) continue;
                String imported = line.substring(7).replace("static ", "").replace(";", "").trim();
                LIBRARIES.forEach((prefix, allowed) -> {
                    if (imported.startsWith(prefix) && !allowed.contains(stage)) {
                        violations.add(SRC.relativize(file) + " imports " + imported);
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The contributors' package table names exactly the packages there are, so a newcomer's guess lands. */
    @Test
    void theArchitecturePageListsEveryPackage() throws IOException {
        Set<String> listed = new TreeSet<>();
        String page = Files.readString(ARCHITECTURE);
        int start = page.indexOf("\n## Packages\n");
        String section = page.substring(start, page.indexOf("\n## ", start + 1));
        Matcher m = Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(section);
        while (m.find()) listed.add(m.group(1));
        assertEquals(packages(), listed);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String p : packages()) if (!Files.exists(SRC.resolve(p).resolve("package-info.java"))) missing.add(p);
        assertEquals(List.of(), missing);
    }

    private static String stageOf(Path file) {
        return SRC.relativize(file).getName(0).toString();
    }

    private static Set<String> packages() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.list(SRC)) {
            s.filter(Files::isDirectory).forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SRC)) {
            return s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).sorted().toList();
        }
    }
}
