package dev.handbook.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The source tree of the site being imported, read and never written: every regular file under
 * SRC by its path with '/' between names, sorted. Hidden files and folders (.git, .github) and
 * folders of installed packages are left out; symbolic links are never followed.
 */
final class SrcTree {
    /** Folders of installed tools, never content. */
    private static final Set<String> TOOL_FOLDERS = Set.of("node_modules", "vendor", "__pycache__");
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path root;
    private final TreeSet<String> files;
    private final Set<String> folders;

    private SrcTree(Path root, TreeSet<String> files, Set<String> folders) {
        this.root = root;
        this.files = files;
        this.folders = folders;
    }

    static SrcTree read(Path root) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        Set<String> folders = new TreeSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) return FileVisitResult.CONTINUE;
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || TOOL_FOLDERS.contains(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.add(relative(root, dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) files.add(relative(root, file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return new SrcTree(root, files, folders);
    }

    Path root() {
        return root;
    }

    /** Every file, sorted. */
    List<String> files() {
        return new ArrayList<>(files);
    }

    /** Files under {@code folder} ("" for all), sorted. */
    List<String> under(String folder) {
        if (folder.isEmpty()) return files();
        return new ArrayList<>(files.subSet(folder + "/", folder + "/\uffff"));
    }

    boolean exists(String path) {
        return files.contains(path);
    }

    boolean isFolder(String path) {
        return path.isEmpty() || folders.contains(path);
    }

    /** A text file as UTF-8, without a byte-order mark and with LF line ends; empty if unreadable or too large. */
    Optional<String> text(String path) {
        if (!files.contains(path)) return Optional.empty();
        try {
            Path file = root.resolve(path);
            if (Files.size(file) > MAX_BYTES || Files.isSymbolicLink(file)) return Optional.empty();
            String t = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (t.startsWith("\uFEFF")) t = t.substring(1);
            return Optional.of(t.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path absolute(String path) {
        return root.resolve(path);
    }

    boolean isRegularFile(String path) {
        return Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    private static String relative(Path base, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path name : base.relativize(file)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(name);
        }
        return sb.toString();
    }
}
