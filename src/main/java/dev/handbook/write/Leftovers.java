package dev.handbook.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The folders a build keeps beside its output while it replaces it ({@code .site.staging-*}, the new
 * site being written; {@code .site.old-*}, the previous site moved aside), and what becomes of those
 * a killed build left. Called only while holding the output's {@link OutputLock}, so every such folder
 * found belongs to a build that is no longer running.
 *
 * <p>A folder is ours when it holds the {@link SiteWriter#MARKER} (or is empty), and we delete it
 * with the marker last, so a folder whose deletion was cut short is still recognised next time.
 * An old site is the last complete one when the output folder is missing (the build died between
 * its two renames): it is moved back, never deleted.
 */
final class Leftovers {
    private static final String STAGING = "staging-";
    private static final String OLD = "old-";

    private Leftovers() {
    }

    /** A new, unused name beside {@code target} for a folder of {@code kind}. */
    static Path fresh(Path target, String kind) {
        return target.resolveSibling(prefix(target) + kind + Long.toString(ThreadLocalRandom.current().nextLong()
                & Long.MAX_VALUE, 36));
    }

    static Path freshStaging(Path target) {
        return fresh(target, STAGING);
    }

    static Path freshOld(Path target) {
        return fresh(target, OLD);
    }

    /** Puts the previous site back when a killed build left it moved aside and no output folder. */
    static boolean restore(Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return false;
        Optional<Path> newest = Optional.empty();
        FileTime newestTime = FileTime.fromMillis(Long.MIN_VALUE);
        for (Path p : ours(target, OLD)) {
            Path marker = p.resolve(SiteWriter.MARKER);
            if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) continue;
            FileTime t = Files.getLastModifiedTime(marker, LinkOption.NOFOLLOW_LINKS);
            if (t.compareTo(newestTime) > 0) {
                newest = Optional.of(p);
                newestTime = t;
            }
        }
        if (newest.isEmpty()) return false;
        Staging.move(newest.get(), target);
        return true;
    }

    /** Deletes the staging and old folders of builds that died; call {@link #restore} first. */
    static void clean(Path target) throws IOException {
        List<Path> leftovers = ours(target, STAGING);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) leftovers.addAll(ours(target, OLD));
        for (Path p : leftovers) delete(p);
    }

    private static List<Path> ours(Path target, String kind) throws IOException {
        String prefix = prefix(target) + kind;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path p : s) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && (Files.exists(p.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(p))) {
                    found.add(p);
                }
            }
        }
        found.sort(null);
        return found;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /**
     * Deletes one of our folders without following symbolic links, its marker last: a build killed
     * halfway leaves a folder the next one still knows as its own.
     */
    static void delete(Path dir) throws IOException {
        Path marker = dir.resolve(SiteWriter.MARKER);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            private boolean first = true;

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.equals(marker)) return FileVisitResult.CONTINUE;
                Files.delete(file);
                if (first) CrashPoint.reached("deleting " + kindOf(dir));
                first = false;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                if (!d.equals(dir)) Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
        Files.deleteIfExists(marker);
        Files.delete(dir);
    }

    /** "staging" or "old", for the crash points of the tests. */
    private static String kindOf(Path dir) {
        String name = dir.getFileName().toString();
        return name.contains("." + STAGING) ? "staging" : name.contains("." + OLD) ? "old" : "folder";
    }

    static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }
}
