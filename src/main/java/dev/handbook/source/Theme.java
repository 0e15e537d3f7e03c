package dev.handbook.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A theme as a chain of folders, searched in order: the handbook's {@code themes/NAME/} first (when
 * it exists), then the built-in default theme. A handbook can override one template or one CSS
 * file and inherit the rest.
 *
 * @param name        the theme's name from handbook.yml
 * @param dirs        folders to search, first wins
 * @param displayDirs how each folder is named in diagnostics ({@code themes/default}, {@code (built-in)/default})
 */
public record Theme(String name, List<Path> dirs, List<String> displayDirs) {
    public Theme {
        dirs = List.copyOf(dirs);
        displayDirs = List.copyOf(displayDirs);
        if (dirs.isEmpty() || dirs.size() != displayDirs.size()) throw new IllegalArgumentException("theme chain");
    }
}
