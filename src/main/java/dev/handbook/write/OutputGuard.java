package dev.handbook.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Which output folders a build refuses. Every rule compares real paths (symbolic links resolved in
 * the part of the path that exists), so {@code --out link/hb}, where {@code link} leads to the
 * folder holding the handbook, is the handbook root however it is spelt.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * {@code p} with its symbolic links resolved: the real path of its nearest existing ancestor,
     * followed by the names that do not exist yet.
     */
    static Path real(Path p) {
        Path existing = p.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            real = existing.normalize();
        }
        for (Path name : missing) real = real.resolve(name);
        return real.normalize();
    }

    /**
     * Why {@code out} must not be written, judging only by where it is: the file-system root, the
     * home folder, the handbook root, content/ or themes/, a folder holding them or one inside them.
     */
    static Optional<String> placeRefusal(Path root, Path out) {
        Path target = real(out);
        if (target.getParent() == null) return Optional.of("refusing to write the site to the file-system root");
        if (target.equals(real(Path.of(System.getProperty("user.home"))))) {
            return Optional.of("refusing to write the site to your home folder");
        }
        Path realRoot = real(root);
        for (String protectedName : List.of("content", "themes")) {
            Path p = real(root.resolve(protectedName));
            if (p.startsWith(target)) {
                return Optional.of("refusing to write the site to " + shown(out) + ": it holds " + protectedName + "/");
            }
            if (target.startsWith(p)) return Optional.of("refusing to write the site inside " + protectedName + "/");
        }
        if (realRoot.startsWith(target)) return Optional.of("refusing to write the site over the handbook root");
        return Optional.empty();
    }

    /**
     * Why the folder now at {@code target} (a real path) must not be replaced: it is a symbolic link,
     * not a folder, or not empty and not made by a build, unless {@code force}.
     */
    static Optional<String> contentRefusal(Path out, Path target, boolean force) {
        if (Files.isSymbolicLink(out.toAbsolutePath()) || Files.isSymbolicLink(target)) {
            return Optional.of("the output folder is a symbolic link; give the real folder with --out");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("the output path exists and is not a folder");
        }
        if (!force && !Files.exists(target.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(target)) {
            return Optional.of("refusing to replace " + shown(out) + ": it is not empty and was not made by "
                    + "handbook build (no " + SiteWriter.MARKER + " file); choose another --out or pass --force");
        }
        return Optional.empty();
    }

    /** The output folder as messages name it: the path given, made absolute. */
    static Path shown(Path out) {
        return out.toAbsolutePath().normalize();
    }

    /** Empty, or holding only our cache folder (as a CI cache restores it into a fresh checkout). */
    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) if (!p.getFileName().toString().equals(SiteWriter.CACHE_FOLDER)) return false;
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
