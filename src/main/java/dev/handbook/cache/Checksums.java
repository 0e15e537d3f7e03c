package dev.handbook.cache;

import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Three checksums and the length of a stream of bytes, turned into a {@link Hash} with a salt:
 * the key of a page or a file, computed at the speed of the JVM's checksum instructions whatever
 * the JIT (SHA-256 of every page and view cost a build of 1,000 pages a fifth more CPU under the
 * quick JIT, which has no SHA instructions). Two different inputs share a key by accident with a
 * chance of about 2^-96; the salt (Handbook's identity, the edition) keeps editions apart.
 */
final class Checksums {
    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();
    private final Adler32 adler = new Adler32();
    private long length;

    void update(byte[] bytes, int off, int len) {
        crc32c.update(bytes, off, len);
        crc32.update(bytes, off, len);
        adler.update(bytes, off, len);
        length += len;
    }

    void update(byte[] bytes) {
        update(bytes, 0, bytes.length);
    }

    Hash finish(Hash salt) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(20);
        b.putInt((int) crc32c.getValue()).putInt((int) crc32.getValue()).putInt((int) adler.getValue()).putLong(length);
        return Hash.of(salt.bytes(), b.array());
    }
}
