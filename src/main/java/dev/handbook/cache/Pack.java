package dev.handbook.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * A file of entries, each a key, a length, a checksum and the bytes: {@code MAGIC (key len crc bytes)*}.
 * A build appends what it made and marks what it used; at {@link #close} the file is rewritten with
 * the used entries only when the unused ones take more than a quarter of it, so an edit appends a
 * few kilobytes instead of rewriting the whole cache, and the file stays within 1.25 times the live
 * entries. Opening cuts off an entry a killed build left half written; an entry whose checksum fails
 * is not returned. Safe to use from many threads.
 */
final class Pack implements AutoCloseable {
    static final byte[] MAGIC = "HBCACHE2".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = Hash.SIZE + 8;
    static final int MAX_ENTRY = 1 << 30;

    private final Path file;
    private final FileChannel channel;
    private final Map<Hash, long[]> where = new HashMap<>();
    private final Set<Hash> live = new HashSet<>();
    private long end;

    private Pack(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** The pack at {@code file}, made when missing; a file that is not a pack is started afresh. */
    static Pack open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE);
        Pack p = new Pack(file, ch);
        try {
            p.scan();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return p;
    }

    private void scan() throws IOException {
        long size = channel.size();
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        if (size < MAGIC.length || readFully(magic, 0) != MAGIC.length || !java.util.Arrays.equals(magic.array(), MAGIC)) {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(MAGIC), 0);
            end = MAGIC.length;
            return;
        }
        long pos = MAGIC.length;
        ByteBuffer head = ByteBuffer.allocate(HEADER);
        while (pos + HEADER <= size) {
            head.clear();
            if (readFully(head, pos) < HEADER) break;
            byte[] key = new byte[Hash.SIZE];
            head.get(0, key);
            int len = head.getInt(Hash.SIZE);
            int crc = head.getInt(Hash.SIZE + 4);
            if (len < 0 || len > MAX_ENTRY || pos + HEADER + len > size) break;
            where.put(new Hash(key), new long[]{pos + HEADER, len, crc});
            pos += HEADER + len;
        }
        end = pos;
        if (end < size) channel.truncate(end);
    }

    /** The bytes of entry {@code key}, which this build then keeps; empty when there is none or it fails its checksum. */
    Optional<byte[]> get(Hash key) {
        Optional<byte[]> bytes = peek(key);
        if (bytes.isPresent()) markLive(key);
        return bytes;
    }

    /** The bytes of entry {@code key}, without keeping it; empty when there is none or it fails its checksum. */
    Optional<byte[]> peek(Hash key) {
        long[] w;
        synchronized (this) {
            w = where.get(key);
        }
        if (w == null) return Optional.empty();
        try {
            ByteBuffer buf = ByteBuffer.allocate((int) w[1]);
            if (readFully(buf, w[0]) < w[1]) return Optional.empty();
            byte[] bytes = buf.array();
            if (crc(bytes) != (int) w[2]) return Optional.empty();
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps entry {@code key} through the next compaction. */
    synchronized void markLive(Hash key) {
        if (where.containsKey(key)) live.add(key);
    }

    /** Adds an entry this build made (a later one of the same key wins). */
    void put(Hash key, byte[] bytes) throws IOException {
        int crc = crc(bytes);
        ByteBuffer entry = ByteBuffer.allocate(HEADER + bytes.length);
        entry.put(key.bytes()).putInt(bytes.length).putInt(crc).put(bytes).flip();
        synchronized (this) {
            long at = end;
            while (entry.hasRemaining()) at += channel.write(entry, at);
            where.put(key, new long[]{end + HEADER, bytes.length, crc});
            live.add(key);
            end = at;
        }
    }

    /** Rewrites the file with the entries this build used, when the others take more than a quarter of it; then closes it. */
    @Override
    public synchronized void close() throws IOException {
        try {
            long liveBytes = 0;
            for (Hash k : live) liveBytes += HEADER + where.get(k)[1];
            long dead = end - MAGIC.length - liveBytes;
            if (dead * 4 > end) compact();
        } finally {
            channel.close();
        }
    }

    /** Closes the file as it is, without dropping entries this build did not use. */
    synchronized void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            // entries already written are complete or cut off at the next open
        }
    }

    private void compact() throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            long at = out.write(ByteBuffer.wrap(MAGIC), 0);
            for (Map.Entry<Hash, long[]> e : where.entrySet()) {
                if (!live.contains(e.getKey())) continue;
                long[] w = e.getValue();
                ByteBuffer buf = ByteBuffer.allocate(HEADER + (int) w[1]);
                buf.put(e.getKey().bytes()).putInt((int) w[1]).putInt((int) w[2]);
                if (readFully(buf, w[0]) < w[1]) continue;
                buf.flip();
                while (buf.hasRemaining()) at += out.write(buf, at);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private int readFully(ByteBuffer buf, long pos) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos + total);
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
}
