package dev.handbook.source;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 1: walks {@code content/} and reads files. The only code that reads content. Symbolic links
 * are never followed (a link could lead out of the handbook), hidden files and folders are skipped.
 *
 * <pre>{@code
 * Staged<SourceTree> tree = ContentLoader.list(root);
 * Staged<String> text = ContentLoader.readText(file);
 * }</pre>
 */
public final class ContentLoader {
    public static final String CONTENT = "content";
    /** Larger Markdown or YAML files are refused: a handbook page is never this big. */
    public static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

    private ContentLoader() {
    }

    public static Staged<SourceTree> list(Path root) {
        Path content = root.resolve(CONTENT);
        List<Diagnostic> diags = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            diags.add(Diagnostic.error(SourcePos.file(CONTENT), "no content folder: create %s/ with Markdown pages",
                    CONTENT).withRule("source"));
            return new Staged<>(new SourceTree(files), diags);
        }
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(content) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    String rel = relative(content, file);
                    String display = CONTENT + "/" + rel;
                    if (attrs.isSymbolicLink()) {
                        diags.add(Diagnostic.error(SourcePos.file(display),
                                "symbolic links are not followed in content/; copy the file instead").withRule("path"));
                    } else if (attrs.isRegularFile()) {
                        files.add(new SourceFile(rel, display, kindOf(rel), file, attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diags.add(Diagnostic.error(SourcePos.file(CONTENT + "/" + relative(content, file)),
                            "cannot read: %s", e.getMessage()).withRule("source"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diags.add(Diagnostic.error(SourcePos.file(CONTENT), "cannot list: %s", e.getMessage()).withRule("source"));
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return new Staged<>(new SourceTree(PortableNames.check(files, diags::add)), diags);
    }

    /**
     * The content file at {@code path} (under content/, forward slashes) as {@link #list} would give
     * it, or empty when there is no regular file there now: gone, a folder, or a symbolic link. Lets
     * a watcher check one changed file without walking the whole tree.
     */
    public static Optional<SourceFile> file(Path root, String path) {
        Path file = root.resolve(CONTENT).resolve(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) return Optional.empty();
            return Optional.of(new SourceFile(path, CONTENT + "/" + path, kindOf(path), file, attrs.size()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether anything (a file, a folder or a symbolic link) is at {@code path} under content/ now. */
    public static boolean present(Path root, String path) {
        return Files.exists(root.resolve(CONTENT).resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Reads a text file as strict UTF-8. A byte-order mark is dropped and CRLF and CR become LF, so
     * line and column numbers match what editors show.
     */
    public static Staged<String> readText(SourceFile file) {
        Staged<Optional<byte[]>> bytes = readTextBytes(file);
        return bytes.value().map(b -> text(file, b)).orElseGet(() -> new Staged<>("", bytes.diagnostics()));
    }

    /**
     * The bytes of a text file, as {@link #readText} reads them; empty (and the reason) when it is
     * too large or cannot be read. The build cache keys a page by these before deciding to decode them.
     */
    public static Staged<Optional<byte[]>> readTextBytes(SourceFile file) {
        SourcePos where = SourcePos.file(file.displayPath());
        try {
            if (Files.size(file.absolute()) > MAX_TEXT_BYTES) {
                return failed(where, "file is larger than " + (MAX_TEXT_BYTES >> 20) + " MB");
            }
            return Staged.of(Optional.of(Files.readAllBytes(file.absolute())));
        } catch (IOException e) {
            return failed(where, "cannot read: " + e.getMessage());
        }
    }

    /** The text of {@code bytes} read from {@code file} by {@link #readTextBytes}, as {@link #readText} gives it. */
    public static Staged<String> text(SourceFile file, byte[] bytes) {
        try {
            return Staged.of(normalise(decode(bytes)));
        } catch (InvalidUtf8 e) {
            return fail(SourcePos.file(file.displayPath()), "not valid UTF-8: bad byte at offset " + e.offset);
        }
    }

    /** Reads a static file's bytes, for copying into the site; a file that became a symbolic link is refused. */
    public static byte[] readBytes(SourceFile file) throws IOException {
        return readNoFollow(file.absolute());
    }

    /** Reads a file without following a symbolic link in its last component. */
    static byte[] readNoFollow(Path file) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file,
                Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            return Channels.newInputStream(ch).readAllBytes();
        }
    }

    private static Staged<Optional<byte[]>> failed(SourcePos where, String message) {
        return new Staged<>(Optional.empty(), fail(where, message).diagnostics());
    }

    private static Staged<String> fail(SourcePos where, String message) {
        return new Staged<>("", List.of(Diagnostic.error(where, message).withRule("source")));
    }

    static String decode(byte[] bytes) throws InvalidUtf8 {
        // The JDK's lenient decoding is several times faster than a decoder's; it turns every bad
        // byte into U+FFFD, so only a text holding that character needs the strict look.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        return decodeStrictly(bytes);
    }

    private static String decodeStrictly(byte[] bytes) throws InvalidUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) throw new InvalidUtf8(in.position());
        r = decoder.flush(out);
        if (r.isError()) throw new InvalidUtf8(in.position());
        out.flip();
        return out.toString();
    }

    static String normalise(String text) {
        boolean bom = text.startsWith("\uFEFF");
        if (!bom && text.indexOf('\r') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = bom ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static SourceFile.Kind kindOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return SourceFile.Kind.PAGE;
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) return SourceFile.Kind.DATA;
        return SourceFile.Kind.STATIC;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The path under {@code base} with '/' between names, whatever the platform's separator. */
    private static String relative(Path base, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path name : base.relativize(file)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(name);
        }
        return sb.toString();
    }

    static final class InvalidUtf8 extends Exception {
        final int offset;

        InvalidUtf8(int offset) {
            super("invalid UTF-8 at byte " + offset, null, false, false);
            this.offset = offset;
        }
    }
}
