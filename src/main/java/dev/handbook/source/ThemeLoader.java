package dev.handbook.source;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Finds a theme's folders and lists its static files. */
public final class ThemeLoader {
    public static final String BUILT_IN = "default";
    private static final String MARKER = "/themes/" + BUILT_IN + "/theme.yml";

    private ThemeLoader() {
    }

    public static Staged<Optional<Theme>> locate(Path root, String name) {
        List<Path> dirs = new ArrayList<>();
        List<String> display = new ArrayList<>();
        Path local = root.resolve("themes").resolve(name);
        if (Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS)) {
            dirs.add(local);
            display.add("themes/" + name);
        } else if (!name.equals(BUILT_IN)) {
            return new Staged<>(Optional.empty(), List.of(Diagnostic.error(SourcePos.file("handbook.yml"),
                    "theme '%s' not found: no folder themes/%s", name, name).withRule("config")));
        }
        try {
            Path builtIn = builtIn();
            if (dirs.isEmpty() || !sameTree(dirs.get(0), builtIn)) {
                dirs.add(builtIn);
                display.add("(built-in theme)");
            }
        } catch (IOException | URISyntaxException e) {
            if (dirs.isEmpty()) {
                return new Staged<>(Optional.empty(), List.of(Diagnostic.error(SourcePos.file("themes"),
                        "the built-in theme is missing from this build of handbook: %s", e.getMessage())));
            }
        }
        return Staged.of(Optional.of(new Theme(name, dirs, display)));
    }

    /** The theme's static files (under {@code static/}), site path to file; earlier folders win. */
    public static Map<String, Path> staticFiles(Theme theme) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path dir : theme.dirs()) {
            Path st = dir.resolve("static");
            if (!Files.isDirectory(st)) continue;
            try (Stream<Path> walk = Files.walk(st)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    files.putIfAbsent(st.relativize(p).toString().replace('\\', '/'), p);
                }
            }
        }
        return files;
    }

    /** Reads one of the theme's static files (a path {@link #staticFiles} returned), for a site kept in memory. */
    public static byte[] readStatic(Path file) throws IOException {
        return file.getFileSystem() == FileSystems.getDefault() ? ContentLoader.readNoFollow(file) : Files.readAllBytes(file);
    }

    /** A type schema file of the theme: the type's name, where it is shown in messages, and its text. */
    public record TypeFile(String name, String displayPath, String text) {
    }

    /**
     * The theme's page types ({@code types/NAME.yml}); a handbook's own theme folder can add types
     * or replace built-in ones.
     */
    public static Staged<List<TypeFile>> typeFiles(Theme theme) {
        Map<String, TypeFile> byName = new TreeMap<>();
        List<Diagnostic> diags = new ArrayList<>();
        for (int i = 0; i < theme.dirs().size(); i++) {
            Path types = theme.dirs().get(i).resolve("types");
            if (!Files.isDirectory(types)) continue;
            try (Stream<Path> list = Files.list(types)) {
                for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                    String file = p.getFileName().toString();
                    if (!file.endsWith(".yml")) continue;
                    String name = file.substring(0, file.length() - 4);
                    String display = theme.displayDirs().get(i) + "/types/" + file;
                    if (byName.containsKey(name)) continue;
                    byName.put(name, new TypeFile(name, display, Files.readString(p, java.nio.charset.StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                diags.add(Diagnostic.error(SourcePos.file(theme.displayDirs().get(i) + "/types"), "cannot read: %s",
                        e.getMessage()));
            }
        }
        return new Staged<>(List.copyOf(byName.values()), diags);
    }

    /**
     * A message file of the theme ({@code i18n/LANGUAGE.yml}): its language, which folder of the
     * chain it is in (0 is the handbook's own), where it is shown in messages, and its text.
     */
    public record MessageFile(String language, int layer, String displayPath, String text) {
    }

    /**
     * The theme's message files of the given languages, from every folder of the chain, the
     * handbook's own first: a handbook's file overrides the keys it sets and inherits the rest.
     */
    public static Staged<List<MessageFile>> messageFiles(Theme theme, java.util.Set<String> languages) {
        List<MessageFile> out = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        for (int i = 0; i < theme.dirs().size(); i++) {
            for (String language : languages) {
                Path file = theme.dirs().get(i).resolve("i18n").resolve(language + ".yml");
                if (!Files.isRegularFile(file)) continue;
                String display = theme.displayDirs().get(i) + "/i18n/" + language + ".yml";
                try {
                    out.add(new MessageFile(language, i, display, Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    diags.add(Diagnostic.error(SourcePos.file(display), "cannot read: %s", e.getMessage()).withRule("theme"));
                }
            }
        }
        return new Staged<>(out, diags);
    }

    /** The languages the theme has messages in ({@code i18n/*.yml} of any folder of the chain), sorted. */
    public static java.util.SortedSet<String> languages(Theme theme) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (Path dir : theme.dirs()) {
            Path i18n = dir.resolve("i18n");
            if (!Files.isDirectory(i18n)) continue;
            try (Stream<Path> list = Files.list(i18n)) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml") && n.length() > 4)
                        .forEach(n -> out.add(n.substring(0, n.length() - 4)));
            } catch (IOException e) {
                // a folder that cannot be listed offers no languages; reading a file of it reports why
            }
        }
        return out;
    }

    private static boolean sameTree(Path local, Path builtIn) {
        return builtIn.getFileSystem() == FileSystems.getDefault() && local.toAbsolutePath().normalize()
                .equals(builtIn.toAbsolutePath().normalize());
    }

    /** The default theme inside the jar (or, when running from classes, the folder it was copied to). */
    static Path builtIn() throws IOException, URISyntaxException {
        URL url = ThemeLoader.class.getResource(MARKER);
        if (url == null) throw new IOException("resource " + MARKER + " not found");
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fs.getPath(MARKER).getParent();
        }
        return Path.of(uri).getParent();
    }
}
