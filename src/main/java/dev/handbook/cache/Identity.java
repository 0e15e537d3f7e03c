package dev.handbook.cache;

import java.io.IOException;
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
            return files(List.of(where));
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot find Handbook's own code: " + e.getMessage(), e);
        }
    }

    /** The hash of every regular file under {@code roots} (each root may also be one file), by path and bytes. */
    public static Hash files(List<Path> roots) throws IOException {
        MessageDigest md = ViewKey.sha256();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                update(md, root.getFileName().toString(), Files.readAllBytes(root));
                continue;
            }
            if (!Files.isDirectory(root)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) update(md, root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
        return new Hash(md.digest());
    }

    private static void update(MessageDigest md, String name, byte[] bytes) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        md.update(Hash.of(n, bytes).bytes());
    }

    /** The identity of a build's cache entries, from the parts above and the build's settings. */
    public static Hash of(Hash code, Hash theme, byte[] config, String settings) {
        return Hash.of(code.bytes(), theme.bytes(), config, settings.getBytes(StandardCharsets.UTF_8));
    }
}
