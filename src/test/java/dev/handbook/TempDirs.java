package dev.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.FileUtils;

/**
 * Temporary folders that are gone when the test JVM ends. Property tests make thousands of sites;
 * left behind, they filled a 75 GB disk in one afternoon.
 */
public final class TempDirs {
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempDirs::deleteAll, "delete-test-folders"));
    }

    private TempDirs() {
    }

    /** A new empty folder under the system's temporary folder, deleted with all it holds on exit. */
    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (CREATED) {
                CREATED.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder made by {@link #create} now, when a test is done with it. */
    public static void delete(Path dir) {
        FileUtils.deleteQuietly(dir.toFile());
        synchronized (CREATED) {
            CREATED.remove(dir);
        }
    }

    private static void deleteAll() {
        List<Path> left;
        synchronized (CREATED) {
            left = new ArrayList<>(CREATED);
        }
        left.forEach(dir -> FileUtils.deleteQuietly(dir.toFile()));
    }
}
