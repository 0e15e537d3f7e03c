package dev.handbook.model;

import java.util.Objects;

/**
 * A file of the site: its path under the output folder (forward slashes, never absolute, never
 * with '..') and its bytes.
 */
public record OutputFile(String path, byte[] bytes) {
    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || ("/" + path + "/").contains("/../")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
    }
}
