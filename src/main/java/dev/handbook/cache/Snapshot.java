package dev.handbook.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What the last build that wrote a site was made of, so that the next one can tell what changed
 * since: the key of each page's input by its path, what git says of its last change, the key of
 * each HTML file's render input by its path in the site, and the hash of everything else the
 * pages' views read ({@code context}). Hashes
 * are kept as hex text, under the build's identity, in one file with a checksum; a file that does
 * not read back whole is no snapshot.
 */
record Snapshot(String identity, String context, Map<String, String> pages, Map<String, String> history,
                Map<String, String> outputs) {
    static final String FILE = "snapshot.bin";
    private static final byte[] MAGIC = {'H', 'B', 'S', '1'};

    static Optional<Snapshot> read(Path dir) {
        try {
            byte[] all = Files.readAllBytes(dir.resolve(FILE));
            if (all.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
                return Optional.empty();
            }
            int crc = ByteBuffer.wrap(all, MAGIC.length, 4).getInt();
            byte[] body = Arrays.copyOfRange(all, MAGIC.length + 4, all.length);
            if (Pack.crc(body) != crc) return Optional.empty();
            return Optional.of((Snapshot) RecordCodec.read(new Bytes.In(body), Snapshot.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces the snapshot in {@code dir} at once: a build killed while writing leaves the old one or none. */
    void write(Path dir) throws IOException {
        Bytes.Out out = new Bytes.Out();
        RecordCodec.write(out, this, Snapshot.class);
        byte[] body = out.toArray();
        ByteBuffer file = ByteBuffer.allocate(MAGIC.length + 4 + body.length);
        file.put(MAGIC).putInt(Pack.crc(body)).put(body);
        Path tmp = Files.createTempFile(dir, "." + FILE, ".tmp");
        try {
            Files.write(tmp, file.array());
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
    }
}
