package dev.handbook.cache;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 hash: the key of a cache entry. */
public record Hash(byte[] bytes) {
    static final int SIZE = 32;

    public Hash {
        if (bytes.length != SIZE) throw new IllegalArgumentException("a hash has " + SIZE + " bytes");
        bytes = bytes.clone();
    }

    /** The hash of the parts, each preceded by its length so that no two lists of parts run together. */
    public static Hash of(byte[]... parts) {
        MessageDigest md = ViewKey.sha256();
        for (byte[] p : parts) {
            md.update(new byte[]{(byte) (p.length >>> 24), (byte) (p.length >>> 16), (byte) (p.length >>> 8), (byte) p.length});
            md.update(p);
        }
        return new Hash(md.digest());
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
