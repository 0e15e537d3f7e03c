package dev.handbook.cache;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.parse.ParsedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
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
    static final String FILES = "files";
    private static final Pattern OWN_FILE = Pattern.compile("[0-9a-f]{64}|\\..*\\.tmp");

    private final Path dir;
    private final Hash identity;
    private final Pack.Reader oldPages;
    private final Pack.Reader oldOutputs;
    private final Optional<Pack.Writer> newPages;
    private final Map<Hash, byte[]> liveOutputs = new ConcurrentHashMap<>();
    private final Map<Hash, Rendered> rendered = new ConcurrentHashMap<>();
    private final List<Diagnostic> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger pageHits = new AtomicInteger();
    private final AtomicInteger pagesAsked = new AtomicInteger();
    private final AtomicInteger outputHits = new AtomicInteger();
    private final AtomicInteger outputsAsked = new AtomicInteger();

    private BuildCache(Path dir, Hash identity, Pack.Reader oldPages, Pack.Reader oldOutputs,
                       Optional<Pack.Writer> newPages) {
        this.dir = dir;
        this.identity = identity;
        this.oldPages = oldPages;
        this.oldOutputs = oldOutputs;
        this.newPages = newPages;
    }

    /** What this build found in the cache: pages whose parse it took, of how many; HTML files it took, of how many. */
    public record Stats(int pagesFromCache, int pages, int filesFromCache, int files) {
    }

    /**
     * The cache in {@code dir} for a build of {@code identity} (see {@link Identity}); empty, with a
     * warning, when the folder cannot be made or read.
     */
    public static Staged<Optional<BuildCache>> open(Path dir, Hash identity) {
        try {
            Files.createDirectories(dir.resolve(FILES));
            Pack.Reader pages = Pack.Reader.open(dir.resolve(PAGES));
            Pack.Reader outputs = Pack.Reader.open(dir.resolve(OUTPUTS));
            return Staged.of(Optional.of(new BuildCache(dir, identity, pages, outputs,
                    Optional.of(new Pack.Writer(dir.resolve(PAGES))))));
        } catch (IOException | RuntimeException e) {
            return new Staged<>(Optional.empty(), List.of(warning(dir, String.valueOf(e.getMessage()))));
        }
    }

    /** The key of one page: its path, how it is shown, and its bytes, under this build's identity. */
    public Hash pageKey(String path, String displayPath, byte[] bytes) {
        return Hash.of(identity.bytes(), path.getBytes(StandardCharsets.UTF_8),
                displayPath.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** The page parsed by an earlier build from the same input; kept for the next build when found. */
    public Optional<Staged<Optional<ParsedPage>>> page(Hash key) {
        pagesAsked.incrementAndGet();
        Optional<byte[]> bytes = oldPages.get(key);
        if (bytes.isEmpty()) return Optional.empty();
        try {
            PageEntry entry = (PageEntry) RecordCodec.read(new Bytes.In(bytes.get()), PageEntry.class);
            keep(key, bytes.get());
            pageHits.incrementAndGet();
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
        if (newPages.isEmpty()) return;
        try {
            newPages.get().put(key, bytes);
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
        Optional<byte[]> entry = oldOutputs.get(key);
        if (entry.isEmpty()) return Optional.empty();
        try {
            OutputEntry e = (OutputEntry) RecordCodec.read(new Bytes.In(entry.get()), OutputEntry.class);
            Path file = dir.resolve(FILES).resolve(key.hex());
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != e.size() || a.lastModifiedTime().toMillis() != e.modified()) {
                return Optional.empty();
            }
            liveOutputs.put(key, entry.get());
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
        return new Stats(pageHits.get(), pagesAsked.get(), outputHits.get(), outputsAsked.get());
    }

    /**
     * Saves what this build kept. {@code site} is the committed site the rendered files were written
     * to, or empty when the build wrote no site (its pages are saved, its files are not). Returns the
     * warnings of anything that could not be saved.
     */
    public List<Diagnostic> save(Optional<Path> site) {
        closeReaders();
        try {
            if (newPages.isPresent()) newPages.get().commit();
            if (site.isPresent()) saveOutputs(site.get());
        } catch (IOException | RuntimeException e) {
            newPages.ifPresent(Pack.Writer::abort);
            problems.add(warning(dir, "not saved: " + e.getMessage()));
        }
        return List.copyOf(problems);
    }

    /** Leaves the cache as it was (a build that stopped before parsing). */
    public void abandon() {
        closeReaders();
        newPages.ifPresent(Pack.Writer::abort);
    }

    private void closeReaders() {
        try {
            oldPages.close();
            oldOutputs.close();
        } catch (IOException e) {
            // read-only channels: nothing was lost
        }
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
            liveOutputs.put(r.getKey(), out.toArray());
        }
        Pack.Writer outputs = new Pack.Writer(dir.resolve(OUTPUTS));
        try {
            for (Map.Entry<Hash, byte[]> e : new java.util.TreeMap<>(hexKeys(liveOutputs)).values()) {
                outputs.put(e.getKey(), e.getValue());
            }
            outputs.commit();
        } catch (IOException | RuntimeException e) {
            outputs.abort();
            throw e;
        }
        prune(files, liveOutputs.keySet());
    }

    private static Map<String, Map.Entry<Hash, byte[]>> hexKeys(Map<Hash, byte[]> m) {
        Map<String, Map.Entry<Hash, byte[]>> out = new java.util.HashMap<>();
        for (Map.Entry<Hash, byte[]> e : m.entrySet()) out.put(e.getKey().hex(), e);
        return out;
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
