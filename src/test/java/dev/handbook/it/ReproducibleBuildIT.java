package dev.handbook.it;

import dev.handbook.TestSite;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Byte-identical output whatever the machine's time zone, locale, default charset, thread count
 * and the order the file system lists files in (issue 9), with "today" from SOURCE_DATE_EPOCH.
 */
class ReproducibleBuildIT {
    private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1790000000");

    @Test
    void sameBytesAcrossTimeZonesLocalesThreadsAndFileOrder() throws Exception {
        Path work = Files.createTempDirectory("repro");
        Path a = copy(Path.of("."), work.resolve("a"), false);
        Path b = copy(Path.of("."), work.resolve("b"), true);
        assertEquals(0, Cli.run(List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"), EPOCH,
                "build", a.toString(), "--threads", "1"));
        Map<String, String> turkish = new java.util.HashMap<>(EPOCH);
        turkish.put("TZ", "Pacific/Kiritimati");
        turkish.put("LANG", "tr_TR.ISO-8859-9");
        assertEquals(0, Cli.run(List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-9"), turkish, "build", b.toString(), "--threads", "2"));
        Map<String, byte[]> first = TestSite.snapshot(a.resolve("site"));
        Map<String, byte[]> second = TestSite.snapshot(b.resolve("site"));
        assertEquals(first.keySet(), second.keySet());
        for (String f : first.keySet()) assertArrayEquals(first.get(f), second.get(f), f);
    }

    /** A copy of the handbook (content, theme, config), written in sorted or reverse order. */
    private static Path copy(Path from, Path to, boolean reverse) throws IOException {
        for (String part : List.of("content", "themes", "handbook.yml")) {
            Path src = from.resolve(part);
            List<Path> paths;
            try (Stream<Path> s = Files.walk(src)) {
                paths = new ArrayList<>(s.sorted().toList());
            }
            if (reverse) Collections.reverse(paths);
            for (Path p : paths) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

}
