package dev.handbook.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The site a build replaced, kept (in the build cache) as the folders of the next build's staging
 * folder instead of being deleted. Making ten thousand folders and deleting as many costs seconds of
 * system time on a disk that has just deleted files (ext4 looks past recently freed inodes for each
 * new one), and a rebuild after a one-page edit needs the same folders and, mostly, the same files.
 *
 * <p>Nothing in a spare site is trusted: a staging folder made from one ({@link Staging} in its
 * recycled mode) replaces whatever is at each path it writes without following links, keeps a
 * file only when it is the very file (same inode) or the very bytes it would write, and before
 * the swap deletes everything it did not write. So any spare, one a killed build left halfway or
 * one a person changed, gives the same site as an empty folder.
 */
final class SpareSite {
    private SpareSite() {
    }

    /**
     * Moves the spare at {@code spare} to {@code to} (a new staging folder) in one rename; false when
     * there is none or it cannot be renamed there (another file system, another build took it).
     */
    static boolean take(Optional<Path> spare, Path to) {
        if (spare.isEmpty() || !Files.isDirectory(spare.get(), LinkOption.NOFOLLOW_LINKS)) return false;
        return rename(spare.get(), to);
    }

    /** Keeps {@code site} (a folder of ours that is no longer wanted) as the spare; false when it must be deleted instead. */
    static boolean keep(Optional<Path> spare, Path site) {
        if (spare.isEmpty() || Files.exists(spare.get(), LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            Files.createDirectories(spare.get().getParent());
        } catch (IOException e) {
            return false;
        }
        return rename(site, spare.get());
    }

    private static boolean rename(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) { // no atomic rename there (another file system), or the name is taken
            return false;
        }
    }

    /** Makes {@code dir} a real folder (not a link to one), replacing whatever else is there. */
    static void folder(Path dir) throws IOException {
        Optional<BasicFileAttributes> a = attributes(dir);
        if (a.isPresent() && a.get().isDirectory()) return;
        if (a.isPresent()) clear(dir);
        Files.createDirectory(dir);
    }

    /** Deletes whatever is at {@code p} (a file, a link, a folder with all it holds) without following links. */
    static void clear(Path p) throws IOException {
        try {
            Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException e) {
            deleteTree(p);
        }
    }

    /** Whether {@code p} is the file {@code from} itself (a hard link to it), as a site linked from the cache has. */
    static boolean isLinkOf(Path p, Path from) throws IOException {
        Optional<BasicFileAttributes> a = attributes(p);
        if (a.isEmpty() || !a.get().isRegularFile() || a.get().fileKey() == null) return false;
        Optional<BasicFileAttributes> b = attributes(from);
        return b.isPresent() && a.get().fileKey().equals(b.get().fileKey());
    }

    /** Whether {@code p} is a regular file holding exactly {@code bytes}. */
    static boolean holds(Path p, byte[] bytes) throws IOException {
        Optional<BasicFileAttributes> a = attributes(p);
        if (a.isEmpty() || !a.get().isRegularFile() || a.get().size() != bytes.length) return false;
        return Arrays.equals(Files.readAllBytes(p), bytes);
    }

    /**
     * Deletes every file under {@code staging} that this build did not write ({@code written}: paths
     * relative to the staging folder) and every folder it wrote nothing into, except the marker.
     */
    static void sweep(Path staging, Set<Path> written, Set<Path> folders) throws IOException {
        Path marker = staging.resolve(SiteWriter.MARKER);
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.equals(staging) || folders.contains(d)) return FileVisitResult.CONTINUE;
                deleteTree(d);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker) && !written.contains(file)) Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Optional<BasicFileAttributes> attributes(Path p) throws IOException {
        try {
            return Optional.of(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
