package dev.handbook.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A file of entries, each a key, a length, a checksum and the bytes: {@code MAGIC (key len crc bytes)*}.
 * Reading stops at the first entry that is cut short; an entry whose checksum fails is not returned.
 * A new pack is written beside the old one and moved over it when complete.
 */
final class Pack {
    static final byte[] MAGIC = "HBCACHE1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = Hash.SIZE + 8;
    static final int MAX_ENTRY = 1 << 30;

    private Pack() {
    }

    /** Where each entry of a pack file lies, read without its bytes. */
    static final class Reader implements AutoCloseable {
        private final Optional<FileChannel> channel;
        private final Map<Hash, long[]> where = new HashMap<>();

        private Reader(Optional<FileChannel> channel) {
            this.channel = channel;
        }

        static Reader open(Path file) throws IOException {
            FileChannel ch;
            try {
                ch = FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                return new Reader(Optional.empty());
            }
            Reader r = new Reader(Optional.of(ch));
            try {
                r.scan(ch);
            } catch (IOException | RuntimeException e) {
                r.close();
                throw e;
            }
            return r;
        }

        private void scan(FileChannel ch) throws IOException {
            long size = ch.size();
            ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
            if (size < MAGIC.length || ch.read(magic, 0) != MAGIC.length
                    || !java.util.Arrays.equals(magic.array(), MAGIC)) return;
            long pos = MAGIC.length;
            ByteBuffer head = ByteBuffer.allocate(HEADER);
            while (pos + HEADER <= size) {
                head.clear();
                if (readFully(ch, head, pos) < HEADER) return;
                byte[] key = new byte[Hash.SIZE];
                head.get(0, key);
                int len = head.getInt(Hash.SIZE);
                int crc = head.getInt(Hash.SIZE + 4);
                if (len < 0 || len > MAX_ENTRY || pos + HEADER + len > size) return;
                where.put(new Hash(key), new long[]{pos + HEADER, len, crc});
                pos += HEADER + len;
            }
        }

        int size() {
            return where.size();
        }

        java.util.Set<Hash> keys() {
            return where.keySet();
        }

        /** The bytes of entry {@code key}; empty when there is none or it fails its checksum. */
        Optional<byte[]> get(Hash key) {
            long[] w = where.get(key);
            if (w == null || channel.isEmpty()) return Optional.empty();
            try {
                ByteBuffer buf = ByteBuffer.allocate((int) w[1]);
                if (readFully(channel.get(), buf, w[0]) < w[1]) return Optional.empty();
                byte[] bytes = buf.array();
                return crc(bytes) == (int) w[2] ? Optional.of(bytes) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @Override
        public void close() throws IOException {
            if (channel.isPresent()) channel.get().close();
        }
    }

    private static int readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos + total);
            if (n < 0) break;
            total += n;
        }
        return total;
    }

    static int crc(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return (int) c.getValue();
    }

    /** A new pack, written entry by entry from many threads, then moved over the old one. */
    static final class Writer {
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private boolean closed;

        Writer(Path target) throws IOException {
            this.target = target;
            this.temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            out.write(MAGIC);
        }

        synchronized void put(Hash key, byte[] bytes) throws IOException {
            if (closed) return;
            ByteBuffer head = ByteBuffer.allocate(HEADER);
            head.put(key.bytes()).putInt(bytes.length).putInt(crc(bytes));
            out.write(head.array());
            out.write(bytes);
        }

        /** Moves the new pack over the old one. */
        synchronized void commit() throws IOException {
            closed = true;
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Leaves the old pack as it was. */
        synchronized void abort() {
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                // the temporary file is deleted below either way
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray temporary file of ours; the next save's prune removes it
            }
        }
    }
}
