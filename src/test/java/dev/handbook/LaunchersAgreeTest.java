package dev.handbook;

import dev.handbook.cache.CachePlace;
import dev.handbook.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release's launchers (src/dist/bin, also written by handbook init) start the JVM with the
 * settings of the repository's ./handbook, whose comments give the measurements behind them: a
 * setting tuned in one launcher and forgotten in the others fails here.
 */
class LaunchersAgreeTest {
    private static final Pattern JVM_FLAG = Pattern.compile("-X(?:X:[+-]?[A-Za-z]+(?:=\\d+)?|mn\\d+[kmg])");
    private static final Pattern THRESHOLD = Pattern.compile("small_handbook=\"?(\\d+)");
    private static final List<Path> LAUNCHERS = List.of(Path.of("handbook"), Path.of("src/dist/bin/handbook"),
            Path.of("src/dist/bin/handbook.cmd"));

    @Test
    void everyLauncherUsesTheSameJvmSettingsAndPageThreshold() throws IOException {
        Path repo = LAUNCHERS.get(0);
        TreeSet<String> expected = flags(repo);
        assertTrue(expected.contains("-XX:+UseSerialGC") && expected.contains("-XX:TieredStopAtLevel=1"), expected.toString());
        for (Path launcher : LAUNCHERS.subList(1, LAUNCHERS.size())) {
            assertEquals(expected, flags(launcher), launcher.toString());
            assertEquals(threshold(repo), threshold(launcher), launcher.toString());
        }
    }

    /**
     * A build whose cache holds an earlier build's snapshot gets C1 only, however large the handbook:
     * each launcher looks for it where the build will, by the names the cache code gives the folder,
     * an edition's slot in it and the snapshot file, and reads the options that move it.
     */
    @Test
    void everyLauncherLooksForTheSnapshotInTheBuildCache() throws Exception {
        String slots = CachePlace.slot("", false) + "*"; // build-*
        Field file = Class.forName("dev.handbook.cache.Snapshot").getDeclaredField("FILE"); // package-private
        file.setAccessible(true);
        List<String> words = List.of(BuildOptions.CACHE_FOLDER, slots, (String) file.get(null), "--out", "--cache",
                "--no-cache");
        for (Path launcher : LAUNCHERS) {
            String text = Files.readString(launcher);
            for (String word : words) {
                assertTrue(text.contains(word), launcher + " mentions " + word);
            }
        }
    }

    /** The JVM flags a launcher adds to java_opts, the list it starts the build with. */
    private static TreeSet<String> flags(Path launcher) throws IOException {
        TreeSet<String> flags = new TreeSet<>();
        for (String line : Files.readAllLines(launcher)) {
            if (!line.contains("java_opts=") && !line.contains("java_opts+=")) continue;
            Matcher m = JVM_FLAG.matcher(line);
            while (m.find()) flags.add(m.group());
        }
        flags.remove("-XX:SharedArchiveFile"); // where the archive is differs by design
        return flags;
    }

    private static String threshold(Path launcher) throws IOException {
        Matcher m = THRESHOLD.matcher(Files.readString(launcher));
        assertTrue(m.find(), launcher + " sets small_handbook");
        return m.group(1);
    }
}
