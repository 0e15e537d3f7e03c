package dev.handbook.diag;

import java.util.Objects;

/**
 * A place in a source file: the file's path as the user sees it (relative to the handbook root,
 * with forward slashes), and a 1-based line and column. Line 0 means "the whole file" and column 0
 * "the whole line", for problems that have no finer position.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {
    public SourcePos {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative position " + line + ":" + column);
    }

    /** A position that names only the file. */
    public static SourcePos file(String file) {
        return new SourcePos(file, 0, 0);
    }

    public static SourcePos of(String file, int line, int column) {
        return new SourcePos(file, line, column);
    }

    @Override
    public String toString() {
        if (line == 0) return file;
        if (column == 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
