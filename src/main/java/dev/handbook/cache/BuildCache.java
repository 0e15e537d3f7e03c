package dev.handbook.cache;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.parse.ParsedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One build's view of its cache folder: the parse results of the previous build by the hash of each
 * page's input, and the HTML files it wrote by the hash of their render input ({@link ViewKey}).
 * A build asks for each page and file, keeps what it made afresh, and {@link #save}s at the end;
 * the folder then holds the entries of this build's pages and files only, so it never grows beyond
 * one site. Safe to use from many threads. Nothing here fails a build: a cache that cannot be read
 * is empty, and one that cannot be written is a warning.
 *
 * <pre>{@code
 * BuildCache cache = BuildCache.open(dir, identity);
 * Optional<Staged<Optional<ParsedPage>>> hit = cache.page(key); ... cache.keepPage(key, parsed);
 * cache.save(siteFolder);
 * }</pre>
 */
public final class BuildCache {
    static final String PAGES = "pages.bin";
    static final String OUTPUTS = "outputs.bin";
    static final String SEARCH = "search.bin";
    static final String FILES = "files";
    static final String SPARE_SITE = "site";
    static final String LOCK = "lock";
    private static final Pattern OWN_FILE = Pattern.compile("[0-9a-f]{64}|\\..*\\.tmp");

    private final Path dir;
    private final Hash identity;
    private final Pack pages;
    private final Pack outputs;
    private final Pack search;
    private final FileChannel lockFile;
    private final Map<Hash, Rendered> rendered = new ConcurrentHashMap<>();
    private final Set<Hash> liveFiles = ConcurrentHashMap.newKeySet();
    private final List<Diagnostic> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger pageHits = new AtomicInteger();
    private final AtomicInteger pagesAsked = new AtomicInteger();
    private final AtomicInteger outputHits = new AtomicInteger();
    private final AtomicInteger outputsAsked = new AtomicInteger();
    private final AtomicInteger inputsSkipped = new AtomicInteger();
    /** The last build that wrote a site, when it was of this identity. */
    private final Optional<Snapshot> previous;
    // What this build is made of, for the next one's snapshot.
    private final Map<String, Hash> pageKeys = new ConcurrentHashMap<>();
    private final Map<String, Hash> outputKeys = new ConcurrentHashMap<>();
    private volatile Map<String, String> history = Map.of();
    private volatile Optional<Hash> context = Optional.empty();

    private BuildCache(Path dir, Hash identity, Pack pages, Pack outputs, Pack search, FileChannel lockFile) {
        this.dir = dir;
        this.identity = identity;
        this.pages = pages;
        this.outputs = outputs;
        this.search = search;
        this.lockFile = lockFile;
        this.previous = Snapshot.read(dir).filter(s -> s.identity().equals(identity.hex()));
    }

    /**
     * What this build found in the cache: pages whose parse it took, of how many; HTML files it took,
     * of how many, and of those how many it took without building their render input (see
     * {@link #previousOutput}).
     */
    public record Stats(int pagesFromCache, int pages, int filesFromCache, int files, int inputsSkipped) {
    }

    /**
     * The cache in {@code dir} for a build of {@code identity} (see {@link Identity}); empty, with a
     * warning, when the folder cannot be made or read, or another build is using it.
     */
    public static Staged<Optional<BuildCache>> open(Path dir, Hash identity) {
        FileChannel lock = null;
        try {
            Files.createDirectories(dir.resolve(FILES));
            lock = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (lock.tryLock() == null) {
                lock.close();
                return new Staged<>(Optional.empty(), List.of(warning(dir, "another build is using it")));
            }
            Pack pages = Pack.open(dir.resolve(PAGES));
            Pack outputs = null;
            Pack search;
            try {
                outputs = Pack.open(dir.resolve(OUTPUTS));
                search = Pack.open(dir.resolve(SEARCH));
            } catch (IOException | RuntimeException e) {
                pages.abandon();
                if (outputs != null) outputs.abandon();
                throw e;
            }
            return Staged.of(Optional.of(new BuildCache(dir, identity, pages, outputs, search, lock)));
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException ignored) {
                    // the lock goes with the process
                }
            }
            return new Staged<>(Optional.empty(), List.of(warning(dir, String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Where the site a build replaces is kept as the folders of the next build's staging folder
     * ({@code dev.handbook.write.SpareSite}): in the cache, whose folder a build already owns.
     */
    public Path spareSite() {
        return dir.resolve(SPARE_SITE);
    }

    /** The key of one page: its path, how it is shown, and its bytes, under this build's identity. */
    public Hash pageKey(String path, String displayPath, byte[] bytes) {
        Checksums sums = new Checksums();
        sums.update(Hash.of(path.getBytes(StandardCharsets.UTF_8), displayPath.getBytes(StandardCharsets.UTF_8)).bytes());
        sums.update(bytes);
        return sums.finish(identity);
    }

    /** Notes that this build read the page at {@code path} (under content/) with input {@code key}. */
    public void notePage(String path, Hash key) {
        pageKeys.put(path, key);
    }

    /**
     * The pages whose input or history (see {@link #noteHistory}) differs from the last build that
     * wrote a site; empty when there is no such build, or the two did not read the same pages.
     */
    public Optional<java.util.Set<String>> changedPages() {
        if (previous.isEmpty() || !previous.get().pages().keySet().equals(pageKeys.keySet())) return Optional.empty();
        java.util.Set<String> out = new java.util.TreeSet<>();
        pageKeys.forEach((path, key) -> {
            if (!key.hex().equals(previous.get().pages().get(path))
                    || !java.util.Objects.equals(history.get(path), previous.get().history().get(path))) {
                out.add(path);
            }
        });
        return Optional.of(out);
    }

    /** The page at {@code path} as the last build that wrote a site parsed it, when the cache still has it. */
    public Optional<Staged<Optional<ParsedPage>>> previousPage(String path) {
        return previous.map(s -> s.pages().get(path)).flatMap(BuildCache::hash).flatMap(this::entry);
    }

    /** Notes what git says of each page's last change (path to text): a page's own view shows it. */
    public void noteHistory(Map<String, String> lastChanged) {
        history = Map.copyOf(lastChanged);
    }

    /**
     * Sets the hash of what this build's views read besides the pages and their history;
     * returns whether the last build that wrote a site had the same.
     */
    public boolean sameContext(Hash now) {
        context = Optional.of(now);
        return previous.isPresent() && previous.get().context().equals(now.hex());
    }

    /**
     * The key of the render input the last build that wrote a site rendered {@code outputPath}
     * from: when nothing its view reads has changed since, the file it wrote for that key is this
     * build's file too, and the input need not be built.
     */
    public Optional<Hash> previousOutput(String outputPath) {
        return previous.map(s -> s.outputs().get(outputPath)).flatMap(BuildCache::hash);
    }

    /** Notes that this build's {@code outputPath} was rendered from the input of hash {@code key}. */
    public void noteOutput(String outputPath, Hash key, boolean inputSkipped) {
        outputKeys.put(outputPath, key);
        if (inputSkipped) inputsSkipped.incrementAndGet();
    }

    private static Optional<Hash> hash(String hex) {
        if (hex == null || hex.length() != 2 * Hash.SIZE) return Optional.empty();
        try {
            return Optional.of(new Hash(java.util.HexFormat.of().parseHex(hex)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The page parsed by an earlier build from the same input; kept for the next build when found. */
    public Optional<Staged<Optional<ParsedPage>>> page(Hash key) {
        pagesAsked.incrementAndGet();
        Optional<Staged<Optional<ParsedPage>>> entry = entry(key);
        if (entry.isPresent()) pageHits.incrementAndGet();
        return entry;
    }

    private Optional<Staged<Optional<ParsedPage>>> entry(Hash key) {
        Optional<byte[]> bytes = pages.peek(key);
        if (bytes.isEmpty()) return Optional.empty();
        try {
            PageEntry entry = (PageEntry) RecordCodec.read(new Bytes.In(bytes.get()), PageEntry.class);
            pages.markLive(key);
            return Optional.of(new Staged<>(entry.page(), entry.diagnostics()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a page this build parsed, for the next build. */
    public void keepPage(Hash key, Staged<Optional<ParsedPage>> parsed) {
        Bytes.Out out = new Bytes.Out();
        RecordCodec.write(out, new PageEntry(parsed.value(), parsed.diagnostics()), PageEntry.class);
        keep(key, out.toArray());
    }

    private void keep(Hash key, byte[] bytes) {
        try {
            pages.put(key, bytes);
        } catch (IOException e) {
            problems.add(warning(dir, "not saved: " + e.getMessage()));
        }
    }

    /**
     * The key of an input of the search index (see {@code dev.handbook.search.SearchMemo}): a page's
     * text, or a file's JSON, told apart by {@code kind}, under this build's identity.
     */
    public Hash searchKey(int kind, byte[] input) {
        Checksums sums = new Checksums();
        sums.update(new byte[]{(byte) kind});
        sums.update(input);
        return sums.finish(identity);
    }

    /** What an earlier build made of the search input of key {@code key}; kept for the next build when found. */
    public Optional<byte[]> search(Hash key) {
        return search.get(key);
    }

    /** Keeps what this build made of a search input. */
    public void keepSearch(Hash key, byte[] made) {
        try {
            search.put(key, made);
        } catch (IOException e) {
            problems.add(warning(dir, "not saved: " + e.getMessage()));
        }
    }

    /** The key of an output file's render input under this build's identity; empty when it has none ({@link ViewKey}). */
    public Optional<Hash> outputKey(Object renderInput) {
        return ViewKey.of(identity, renderInput);
    }

    /** A file an earlier build rendered, in the cache, with what rendering reported then. */
    public record CachedFile(Path file, List<Diagnostic> diagnostics) {
    }

    /**
     * The file an earlier build rendered from the input of hash {@code key}; empty when there is
     * none, or it is not the file saved then (another length or time of change).
     */
    public Optional<CachedFile> output(Hash key) {
        outputsAsked.incrementAndGet();
        Optional<byte[]> entry = outputs.get(key);
        if (entry.isEmpty()) return Optional.empty();
        try {
            OutputEntry e = (OutputEntry) RecordCodec.read(new Bytes.In(entry.get()), OutputEntry.class);
            Path file = dir.resolve(FILES).resolve(key.hex());
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != e.size() || a.lastModifiedTime().toMillis() != e.modified()) {
                return Optional.empty();
            }
            liveFiles.add(key);
            outputHits.incrementAndGet();
            return Optional.of(new CachedFile(file, e.diagnostics()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a file this build rendered from the input of hash {@code key}, written to {@code outputPath} of the site. */
    public void keepOutput(Hash key, String outputPath, List<Diagnostic> diagnostics) {
        rendered.put(key, new Rendered(outputPath, diagnostics));
    }

    private record Rendered(String outputPath, List<Diagnostic> diagnostics) {
    }

    public Stats stats() {
        return new Stats(pageHits.get(), pagesAsked.get(), outputHits.get(), outputsAsked.get(), inputsSkipped.get());
    }

    /**
     * Saves what this build kept. {@code site} is the committed site the rendered files were written
     * to, or empty when the build wrote no site (its pages are saved, its files are not, and nothing
     * is dropped). Returns the warnings of anything that could not be saved.
     */
    public List<Diagnostic> save(Optional<Path> site) {
        try {
            if (site.isEmpty()) {
                pages.abandon();
                outputs.abandon();
                search.abandon();
                return List.copyOf(problems);
            }
            saveOutputs(site.get());
            pages.close();
            search.close();
            saveSnapshot();
        } catch (IOException | RuntimeException e) {
            pages.abandon();
            outputs.abandon();
            search.abandon();
            try {
                Snapshot.delete(dir);
            } catch (IOException ignored) {
                // a snapshot whose files are gone finds no files: those pages are rendered again
            }
            problems.add(warning(dir, "not saved: " + e.getMessage()));
        } finally {
            try {
                lockFile.close();
            } catch (IOException e) {
                // the lock goes with the process
            }
        }
        return List.copyOf(problems);
    }

    private void saveOutputs(Path site) throws IOException {
        Path files = dir.resolve(FILES);
        for (Map.Entry<Hash, Rendered> r : rendered.entrySet()) {
            Path file = files.resolve(r.getKey().hex());
            if (!store(site.resolve(r.getValue().outputPath()), file)) continue;
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Bytes.Out out = new Bytes.Out();
            RecordCodec.write(out, new OutputEntry(a.size(), a.lastModifiedTime().toMillis(), r.getValue().diagnostics()),
                    OutputEntry.class);
            outputs.put(r.getKey(), out.toArray());
            liveFiles.add(r.getKey());
        }
        outputs.close();
        prune(files, liveFiles);
        prune(dir, Set.of()); // temporary files of a save that was killed

    }

    /** What this build was made of, for the next one; none when it did not note what its views read. */
    private void saveSnapshot() throws IOException {
        if (context.isEmpty()) {
            Snapshot.delete(dir);
            return;
        }
        Map<String, String> pageHexes = new java.util.TreeMap<>();
        pageKeys.forEach((path, key) -> pageHexes.put(path, key.hex()));
        Map<String, String> outputHexes = new java.util.TreeMap<>();
        outputKeys.forEach((path, key) -> {
            if (liveFiles.contains(key)) outputHexes.put(path, key.hex());
        });
        new Snapshot(identity.hex(), context.get().hex(), pageHexes, new java.util.TreeMap<>(history), outputHexes)
                .write(dir);
    }

    /**
     * A hard link to the site's file (no bytes copied); a copy where the file system has no links.
     * A file already there under this key (same input, so same bytes) is replaced, so its time of change is ours.
     */
    private static boolean store(Path from, Path to) {
        try {
            Files.deleteIfExists(to);
            Files.createLink(to, from);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            try {
                Path tmp = Files.createTempFile(to.getParent(), "." + to.getFileName(), ".tmp");
                Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
                return true;
            } catch (IOException copy) {
                return false;
            }
        }
    }

    /** Deletes the cache's own files (hash-named, or its temporary files) that this build did not use. */
    private static void prune(Path files, Set<Hash> live) throws IOException {
        Set<String> keep = new java.util.HashSet<>();
        for (Hash h : live) keep.add(h.hex());
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(files)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (OWN_FILE.matcher(name).matches() && !keep.contains(name)) stale.add(p);
            }
        }
        for (Path p : stale) Files.deleteIfExists(p);
    }

    private static Diagnostic warning(Path dir, String message) {
        return CachePlace.unusable(dir, message);
    }

    /** A page's entry: what parsing gave. */
    public record PageEntry(Optional<ParsedPage> page, List<Diagnostic> diagnostics) {
    }

    /**
     * A rendered file's entry: its length and time of change when saved (its bytes are in {@code files/};
     * a file changed since has another), and what rendering reported.
     */
    public record OutputEntry(long size, long modified, List<Diagnostic> diagnostics) {
    }
}
