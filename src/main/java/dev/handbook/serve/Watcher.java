package dev.handbook.serve;

import dev.handbook.incremental.Changes;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a handbook for changes: {@code handbook.yml} in the root, and every folder under
 * {@code content/} and {@code themes/}, including folders created (or renamed into place) after it
 * started. Events come in bursts (an editor saving through a temporary file, a {@code git checkout});
 * the watcher waits until the files have been quiet for {@link #QUIET_MILLIS} and then hands the
 * whole burst to its listener as one {@link Changes}, on the watcher's own thread. Symbolic links
 * are never followed, and hidden folders ({@code .git}) are not watched.
 *
 * <pre>{@code
 * try (Watcher w = Watcher.start(root, changes -> build.apply(changes))) { ... }
 * }</pre>
 */
final class Watcher implements AutoCloseable {
    /** How long the files must be quiet before a burst of events counts as finished. */
    static final long QUIET_MILLIS = 10;
    /** A burst that never goes quiet is still handed over after this long. */
    static final long MAX_WAIT_MILLIS = 300;
    private static final Set<String> WATCHED = Set.of("content", "themes");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Consumer<Changes> listener;
    private final Thread thread;
    private volatile boolean closed;

    private Watcher(Path root, WatchService service, Consumer<Changes> listener) {
        this.root = root;
        this.service = service;
        this.listener = listener;
        this.thread = new Thread(this::run, "handbook-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code root}; {@code listener} is called on the watcher's thread. */
    static Watcher start(Path root, Consumer<Changes> listener) throws IOException {
        Path abs = root.toAbsolutePath().normalize();
        Watcher w = new Watcher(abs, FileSystems.getDefault().newWatchService(), listener);
        w.register(abs, false, new TreeSet<>());
        for (String name : WATCHED) w.registerTree(abs.resolve(name), new TreeSet<>());
        w.thread.start();
        return w;
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only releases the kernel's watches
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (!closed) {
                WatchKey first = service.take();
                Set<String> paths = new TreeSet<>();
                boolean overflow = drain(first, paths);
                long start = System.nanoTime();
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, paths);
                    if (System.nanoTime() - start > MAX_WAIT_MILLIS * 1_000_000) break;
                }
                if (overflow) listener.accept(Changes.all());
                else if (!paths.isEmpty()) listener.accept(new Changes(paths, false));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Records the events of one key; registers folders that appeared. True when events were lost. */
    private boolean drain(WatchKey key, Set<String> paths) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
                continue;
            }
            if (dir == null) continue;
            Path path = dir.resolve((Path) event.context());
            String rel = relative(path);
            if (!relevant(rel)) continue;
            paths.add(rel);
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                forget(path);
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                forget(path); // a folder renamed away and back has a stale key under its old name
                registerTree(path, paths);
            }
        }
        if (!key.reset()) keys.remove(key);
        return overflow;
    }

    /**
     * Only handbook.yml and what is under content/ and themes/ matter; in content/, hidden files and
     * folders ({@code .git}, an editor's {@code .page.md.swp}) do not, as the build skips them too.
     */
    static boolean relevant(String rel) {
        String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
        if (!rel.equals("handbook.yml") && !WATCHED.contains(first)) return false;
        return !first.equals("content") || !hidden(rel);
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) if (part.startsWith(".")) return true;
        return false;
    }

    /**
     * Watches a folder and every folder below it, and adds every file found to {@code found}: files
     * created in a new folder before it was watched would otherwise never be reported.
     */
    private void registerTree(Path dir, Set<String> found) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!relevant(relative(d))) return FileVisitResult.SKIP_SUBTREE;
                    register(d, true, found);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (relevant(relative(file))) found.add(relative(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(relative(file)); // gone already, or unreadable: the build will say which
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(relative(dir));
        }
    }

    private void register(Path dir, boolean add, Set<String> found) {
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            keys.put(key, dir);
            if (add && !dir.equals(root)) found.add(relative(dir));
        } catch (IOException e) {
            // Gone before it could be watched (its deletion is reported), or the system's limit on
            // watches is reached: report the folder so the build looks at it now at least.
            found.add(relative(dir));
        }
    }

    /** Stops watching a folder that was deleted or renamed away, and every folder below it. */
    private void forget(Path path) {
        keys.entrySet().removeIf(e -> {
            if (!e.getValue().startsWith(path)) return false;
            e.getKey().cancel();
            return true;
        });
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
