package dev.handbook.it;

import dev.handbook.TestSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.5: a handbook in German writes its dates with German month names whatever the machine's
 * own language and time zone: the same bytes on a French machine in UTC and on a Japanese one
 * (with its own calendar as the default) in Kiritimati.
 */
class LanguagesReproducibleIT {
    private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1790000000");

    @Test
    void aGermanSiteIsTheSameOnEveryMachine() throws Exception {
        Path a = german(Files.createTempDirectory("lang-a"));
        Path b = german(Files.createTempDirectory("lang-b"));
        assertEquals(0, Cli.run(List.of("-Duser.timezone=UTC", "-Duser.language=fr", "-Duser.country=FR"), EPOCH,
                "build", a.toString()));
        Map<String, String> env = new HashMap<>(EPOCH);
        env.put("TZ", "Pacific/Kiritimati");
        assertEquals(0, Cli.run(List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=ja", "-Duser.country=JP",
                "-Duser.variant=JP"), env, "build", b.toString()));
        Map<String, byte[]> first = TestSite.snapshot(a.resolve("site"));
        Map<String, byte[]> second = TestSite.snapshot(b.resolve("site"));
        assertEquals(first.keySet(), second.keySet());
        for (String f : first.keySet()) assertArrayEquals(first.get(f), second.get(f), f);
        String runbook = Files.readString(a.resolve("site/runbooks/incident-response/index.html"));
        assertTrue(runbook.matches("(?s).*<time datetime=\"[0-9-]+\">\\d{1,2}\\. [A-ZÄÖÜ][a-zä]+ \\d{4}</time>.*"),
                "German dates");
    }

    /** The example handbook with {@code language: de}. */
    private static Path german(Path to) throws IOException {
        Path from = Path.of(".");
        try (Stream<Path> s = Files.walk(from.resolve("content"))) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        Files.writeString(to.resolve("handbook.yml"), Files.readString(from.resolve("handbook.yml")) + "\nlanguage: de\n");
        return to;
    }
}
