package dev.handbook.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads templates from the theme chain, first folder first. A template name is a path inside the
 * theme ({@code layouts/page.peb}); names that are absolute or climb out with '..' are refused, so
 * a template can never read a file outside its theme.
 */
final class PathLoader implements Loader<String> {
    private final List<Path> dirs;

    PathLoader(List<Path> dirs) {
        this.dirs = List.copyOf(dirs);
    }

    @Override
    public Reader getReader(String name) {
        Path file = find(name).orElseThrow(() -> new LoaderException(null, "template '" + name + "' not found in the theme"));
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template '" + name + "': " + e.getMessage());
        }
    }

    Optional<Path> find(String name) {
        if (!safe(name)) return Optional.empty();
        for (Path dir : dirs) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Which theme folder a template comes from, for messages. */
    Optional<Integer> layer(String name) {
        if (!safe(name)) return Optional.empty();
        for (int i = 0; i < dirs.size(); i++) if (Files.isRegularFile(dirs.get(i).resolve(name))) return Optional.of(i);
        return Optional.empty();
    }

    static boolean safe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) return false;
        for (String part : name.split("/")) if (part.equals("..") || part.isEmpty()) return false;
        return true;
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath; // every name is relative to the theme root
    }

    @Override
    public String createCacheKey(String name) {
        return name;
    }

    @Override
    public boolean resourceExists(String name) {
        return find(name).isPresent();
    }
}
