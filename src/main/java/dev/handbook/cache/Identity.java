package dev.handbook.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every cache entry of a build depends on besides its own file: this build of Handbook (the
 * bytes of its jar or classes), the theme's files, handbook.yml and the edition. A change to any
 * of them gives other keys, so an entry from another version or setting is never found.
 */
public final class Identity {
    private Identity() {
    }

    /** Handbook's own code: the jar (or class folder) this class was loaded from. */
    public static Hash code() throws IOException {
        try {
            Path where = Path.of(Identity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(where) ? jar(where) : files(List.of(where));
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot find Handbook's own code: " + e.getMessage(), e);
        }
    }

    /**
     * A jar by what its index says of each entry (name, size, CRC-32 of the bytes): another build of
     * Handbook differs in some class, and reading the index costs far less than hashing megabytes.
     */
    static Hash jar(Path jar) throws IOException {
        MessageDigest md = ViewKey.sha256();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            List<? extends java.util.zip.ZipEntry> entries = zip.stream()
                    .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName)).toList();
            for (java.util.zip.ZipEntry e : entries) {
                md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                md.update(java.nio.ByteBuffer.allocate(17).put((byte) 0).putLong(e.getSize()).putLong(e.getCrc()).array());
            }
        }
        return new Hash(md.digest());
    }

    /** The hash of every regular file under {@code roots} (each root may also be one file), by path and bytes. */
    public static Hash files(List<Path> roots) throws IOException {
        MessageDigest md = ViewKey.sha256();
        for (Path root : roots) {
            // A folder inside Handbook's jar (the built-in theme) is part of code(), which reads the jar's index.
            if (root.getFileSystem() != java.nio.file.FileSystems.getDefault()) continue;
            if (Files.isRegularFile(root)) {
                update(md, root.getFileName().toString(), root);
                continue;
            }
            if (!Files.isDirectory(root)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) update(md, root.relativize(f).toString().replace('\\', '/'), f);
        }
        return new Hash(md.digest());
    }

    /** The file's name and the {@link Checksums} of its bytes, read in small pieces: a large script need not fit in memory. */
    private static void update(MessageDigest md, String name, Path file) throws IOException {
        Checksums sums = new Checksums();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) sums.update(buf, 0, n);
        }
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update(sums.finish(new Hash(new byte[Hash.SIZE])).bytes());
    }

    /** The identity of a build's cache entries, from the parts above and the build's settings. */
    public static Hash of(Hash code, Hash theme, byte[] config, String settings) {
        return Hash.of(code.bytes(), theme.bytes(), config, settings.getBytes(StandardCharsets.UTF_8));
    }
}
