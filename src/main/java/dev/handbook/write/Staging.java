package dev.handbook.write;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.model.OutputFile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A site being written: files go into a hidden staging folder beside the target, and
 * {@link #commit()} swaps it in. Safe to call {@link #put} and {@link #putLater} from many threads.
 * Two files claiming one path is an error naming both sources.
 *
 * <p>{@link #putLater} hands a page to background writers and returns, so the threads that render
 * pages never wait for the disk (creating a folder and a file per page is slow on a busy disk);
 * at most {@link #MAX_PENDING_BYTES} wait in memory. {@link #commit()} waits for them first.
 *
 * <p>A staging folder may start as the site an earlier build replaced ({@link SpareSite}): it then
 * replaces what is at each path it writes, keeps a file that already is what it would write, and
 * deletes everything else before the swap; the site it replaces becomes the next spare.
 */
public final class Staging {
    /**
     * Bytes handed to the writers and not yet on disk; a renderer waits when there are more. Small
     * enough that pages waiting for the disk die young: with 32 MB they outlived collections of the
     * young generation and filled the old one, and 100,000 pages peaked 0.3 GB higher.
     */
    static final int MAX_PENDING_BYTES = 8 * 1024 * 1024;
    private static final int WRITERS = 2;

    private final Path staging;
    private final Path target;
    /** Lets the output go when this staging is committed or aborted (when it owns the output's lock). */
    private final Runnable whenDone;
    private final Map<String, String> claimed = new ConcurrentHashMap<>();
    private final List<Diagnostic> collisions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Semaphore pendingBytes = new Semaphore(MAX_PENDING_BYTES);
    private final Object idle = new Object();
    private int queued; // files handed to the writers and not yet written; guarded by idle
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final LongAdder writeNanos = new LongAdder();
    // Folders already made in the staging folder. Files.createDirectories on a folder that exists
    // throws and catches an exception inside the JDK: one per file written, most of a small write.
    // Folders are made one at a time: two writers making folders in one parent spin on its lock.
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Where the site this build replaces is kept for the next one; empty to delete it. */
    private final Optional<Path> spare;
    /** Whether the staging folder started as a spare site, so that what is in it must be checked. */
    private final boolean recycled;
    /** The files this build wrote or kept, when {@link #recycled}: everything else goes before the swap. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
    private ExecutorService writers;

    Staging(Path staging, Path target, Runnable whenDone, Optional<Path> spare, boolean recycled) {
        this.staging = staging;
        this.target = target;
        this.whenDone = whenDone;
        this.spare = spare;
        this.recycled = recycled;
    }

    public Path target() {
        return target;
    }

    /** Writes one file; {@code source} names where it came from, for collision messages. */
    public void put(OutputFile file, String source) {
        claim(file.path(), source).ifPresent(p -> write(p, file.bytes(), source));
    }

    /**
     * Queues one file for the background writers and returns; the path is claimed at once, so a
     * collision is found here as with {@link #put}. A write that fails is thrown by {@link #finish()}.
     */
    public void putLater(OutputFile file, String source) {
        Optional<Path> claimed = claim(file.path(), source);
        if (claimed.isEmpty()) return;
        Path p = claimed.get();
        later(Math.min(file.bytes().length, MAX_PENDING_BYTES), () -> write(p, file.bytes(), source));
    }

    /**
     * {@link #link} by the background writers, as {@link #putLater} writes: the path is claimed at
     * once, and a link that fails is thrown by {@link #finish()}.
     */
    public void linkLater(String path, Path from, String source) {
        Optional<Path> claimed = claim(path, source);
        if (claimed.isEmpty()) return;
        Path p = claimed.get();
        later(LINK_PERMITS, () -> link(p, from, source));
    }

    /** Bytes a queued link counts as, so that a few thousand links at most wait for the writers. */
    private static final int LINK_PERMITS = 4096;

    private void later(int permits, Runnable work) {
        pendingBytes.acquireUninterruptibly(permits);
        synchronized (idle) {
            queued++;
        }
        try {
            writers().execute(() -> {
                try {
                    if (failure.get() == null) work.run();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    written(permits);
                }
            });
        } catch (RuntimeException e) {
            written(permits);
            throw e;
        }
    }

    private void written(int permits) {
        pendingBytes.release(permits);
        synchronized (idle) {
            if (--queued == 0) idle.notifyAll();
        }
    }

    private void awaitWriters() {
        boolean interrupted = false;
        synchronized (idle) {
            while (queued > 0) {
                try {
                    idle.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Waits until every queued file is written; throws the first write that failed. */
    public void finish() {
        awaitWriters();
        Throwable e = failure.get();
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
    }

    /** Time spent writing files, summed over threads (queued writes included once done). */
    public long writeNanos() {
        return writeNanos.sum();
    }

    private synchronized ExecutorService writers() {
        if (writers == null) {
            writers = Executors.newFixedThreadPool(WRITERS, r -> {
                Thread t = new Thread(r, "handbook-writer");
                t.setDaemon(true);
                return t;
            });
        }
        return writers;
    }

    private synchronized void stopWriters() {
        if (writers != null) writers.shutdown();
    }

    private void write(Path p, byte[] bytes, String source) {
        long start = System.nanoTime();
        try {
            folder(p.getParent());
            if (recycled) {
                if (!SpareSite.holds(p, bytes)) {
                    SpareSite.clear(p);
                    Files.write(p, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
                written.add(p);
            } else {
                Files.write(p, bytes);
            }
        } catch (IOException e) {
            throw new WriteFailure(source, sitePath(p), e);
        } finally {
            writeNanos.add(System.nanoTime() - start);
        }
    }

    /** Makes {@code dir} (a folder in the staging folder) and its parents unless this staging made it already. */
    private void folder(Path dir) throws IOException {
        if (folders.contains(dir)) return;
        synchronized (folders) {
            if (recycled) {
                recycledFolder(dir);
            } else if (!folders.contains(dir)) {
                Files.createDirectories(dir);
                folders.add(dir);
            }
        }
    }

    /** {@link #folder} in a spare site: every level a real folder (not a link to one), checked once. */
    private void recycledFolder(Path dir) throws IOException {
        if (folders.contains(dir)) return;
        if (!dir.equals(staging)) {
            recycledFolder(dir.getParent());
            SpareSite.folder(dir);
        }
        folders.add(dir);
    }

    /** Copies a file as it is (a static file or theme asset) without following symbolic links. */
    public void copy(String path, Path from, String source) {
        Optional<Path> claimed = claim(path, source);
        if (claimed.isEmpty()) return;
        Path p = claimed.get();
        try {
            folder(p.getParent());
            if (recycled) SpareSite.clear(p);
            Files.copy(from, p, LinkOption.NOFOLLOW_LINKS);
            if (recycled) written.add(p);
        } catch (IOException e) {
            throw new WriteFailure(source, sitePath(p), e);
        }
    }

    /**
     * Puts the file {@code from} (of the build cache) at {@code path} of the site as a hard link, so
     * its bytes are neither read nor written again; a copy where the file system has no links.
     */
    public void link(String path, Path from, String source) {
        claim(path, source).ifPresent(p -> link(p, from, source));
    }

    private void link(Path p, Path from, String source) {
        long start = System.nanoTime();
        try {
            folder(p.getParent());
            if (recycled) {
                written.add(p);
                if (SpareSite.isLinkOf(p, from)) return;
                SpareSite.clear(p);
            }
            try {
                Files.createLink(p, from);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(from, p, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            throw new WriteFailure(source, sitePath(p), e);
        } finally {
            writeNanos.add(System.nanoTime() - start);
        }
    }

    /** A path in the staging folder as the site names it ({@code tags/x/index.html}). */
    private String sitePath(Path p) {
        return staging.relativize(p).toString().replace('\\', '/');
    }

    /** Where {@code path} goes in the staging folder; empty (and an error) when another source claimed it. */
    private Optional<Path> claim(String path, String source) {
        new OutputFile(path, new byte[0]); // validates the path shape
        String key = path.toLowerCase(java.util.Locale.ROOT);
        String other = claimed.putIfAbsent(key, source);
        if (other != null) {
            collisions.add(Diagnostic.error(SourcePos.file(source), "%s and %s both write %s; rename one", other,
                    source, path).withRule("path-collision"));
            return Optional.empty();
        }
        Path p = staging.resolve(path).normalize();
        if (!p.startsWith(staging)) throw new IllegalArgumentException("output path escapes the site: " + path);
        return Optional.of(p);
    }

    /** Problems found while writing (two sources claiming one path). */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(collisions);
    }

    /**
     * Swaps the staged site in: the old site moves aside, the new one takes its name, the old one is
     * deleted. The old site's {@link SiteWriter#CACHE_FOLDER} moves into the new one first. Whatever
     * happens, the output is free for the next build afterwards; a build killed on the way leaves
     * either site whole, or the old one moved aside for the next build to put back.
     */
    public void commit() throws IOException {
        try {
            try {
                finish();
            } finally {
                stopWriters();
            }
            if (recycled) SpareSite.sweep(staging, written, folders);
            swap();
        } finally {
            whenDone.run();
        }
    }

    private void swap() throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            keepCache();
            CrashPoint.reached("cache kept");
            old = Leftovers.freshOld(target);
            move(target, old);
            // A folder replaced with --force has no marker; give it one so that, killed while it is
            // deleted, it is still known as ours.
            Path marker = old.resolve(SiteWriter.MARKER);
            if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) Files.writeString(marker, SiteWriter.MARKER_TEXT);
            CrashPoint.reached("old moved aside");
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) move(old, target);
            throw e;
        }
        CrashPoint.reached("new moved in");
        if (old != null && !SpareSite.keep(spare, old)) Leftovers.delete(old);
    }

    /** A cache is worth keeping, not worth failing a build for: when it cannot move, it is dropped. */
    private void keepCache() {
        Path cache = target.resolve(SiteWriter.CACHE_FOLDER);
        Path into = staging.resolve(SiteWriter.CACHE_FOLDER);
        if (!Files.isDirectory(cache, LinkOption.NOFOLLOW_LINKS) || Files.exists(into, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            move(cache, into);
        } catch (IOException e) {
            // The next check asks the other sites again.
        }
    }

    /** Drops the staged files; the previous site stays as it was. */
    public void abort() {
        try {
            awaitWriters();
            stopWriters();
            if (!SpareSite.keep(spare, staging)) Leftovers.delete(staging);
        } catch (IOException e) {
            // The next build cleans leftovers; nothing the user had is at risk.
        } finally {
            whenDone.run();
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    Optional<Path> stagingFolder() {
        return Files.exists(staging) ? Optional.of(staging) : Optional.empty();
    }
}
