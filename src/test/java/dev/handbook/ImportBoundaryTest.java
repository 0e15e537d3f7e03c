package dev.handbook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each library stays inside the stage that owns it, and stages depend only on earlier ones, so a
 * change of Markdown or template engine touches one package.
 */
class ImportBoundaryTest {
    private static final Path SRC = Path.of("src/main/java/dev/handbook");

    /** Library package prefix to the stages allowed to import it. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "com.vladsch.flexmark", Set.of("parse"),
            "org.yaml.snakeyaml", Set.of("parse", "config"),
            "io.pebbletemplates", Set.of("render"),
            "org.jsoup", Set.of("postprocess", "search", "check"),
            "org.apache.commons.io", Set.of("source", "write", "serve"),
            "picocli", Set.of("cli"));

    /** Packages nothing else may import (but the command line, which sits on top of everything, starts the server). */
    private static final Set<String> LEAVES = Set.of("cli", "serve");

    @Test
    void librariesStayInTheirStage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String stage = SRC.relativize(file).getName(0).toString();
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("import ")) continue;
                String imported = line.substring(7).replace("static ", "").replace(";", "").trim();
                LIBRARIES.forEach((prefix, allowed) -> {
                    if (imported.startsWith(prefix) && !allowed.contains(stage)) {
                        violations.add(SRC.relativize(file) + " imports " + imported);
                    }
                });
                for (String leaf : LEAVES) {
                    boolean commandStartsServer = stage.equals("cli") && leaf.equals("serve");
                    if (imported.startsWith("dev.handbook." + leaf + ".") && !stage.equals(leaf) && !commandStartsServer) {
                        violations.add(SRC.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SRC)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
