package dev.handbook.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads what an earlier run left for the next one (the results of {@code handbook check --external}).
 * A cache is a convenience: a missing, unreadable or oversized file reads as nothing, never as an
 * error, and symbolic links are not followed.
 */
public final class CacheReader {
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private CacheReader() {
    }

    public static Optional<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
