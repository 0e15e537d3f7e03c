package dev.handbook.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the content tree.
 *
 * @param path        path under {@code content/}, with forward slashes ({@code roles/engineering-manager.md})
 * @param displayPath path as shown in diagnostics, relative to the handbook root ({@code content/roles/...})
 * @param kind        how the pipeline treats the file
 * @param absolute    where it is on disk; only {@code source} and {@code write} open it
 * @param size        size in bytes
 */
public record SourceFile(String path, String displayPath, Kind kind, Path absolute, long size) {
    public enum Kind { PAGE, DATA, STATIC }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(absolute, "absolute");
    }

    /** The folder holding the file, under content/ ("" for the top). */
    public String folder() {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
