package dev.handbook.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hash of what an output file is rendered from (a render input: records, lists, ordered maps,
 * strings, numbers): with the same templates, equal keys mean equal bytes ({@link Checksums}). Text is hashed as the
 * UTF-8 the page is written in. A value of a type whose order or content it cannot see (a set, an
 * arbitrary object) has no key, and its file is rendered afresh.
 */
public final class ViewKey {
    private static final int BUFFER = 8192;

    private final Checksums sums = new Checksums();
    private final byte[] buf = new byte[BUFFER];
    private int size;

    private ViewKey() {
    }

    /** The hash of {@code value} after {@code salt} (the templates and Handbook's identity); empty when it has none. */
    public static Optional<Hash> of(Hash salt, Object value) {
        ViewKey k = new ViewKey();
        if (!k.walk(value)) return Optional.empty();
        k.flush();
        return Optional.of(k.sums.finish(salt));
    }

    private boolean walk(Object v) {
        if (v == null) {
            tag(0);
        } else if (v instanceof String s) {
            tag(1);
            text(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            tag(2);
            number(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            tag(b ? 3 : 4);
        } else if (v instanceof Enum<?> e) {
            tag(5);
            text(e.getDeclaringClass().getName());
            number(e.ordinal());
        } else if (v instanceof Optional<?> o) {
            tag(6);
            return walk(o.orElse(null));
        } else if (v instanceof List<?> list) {
            tag(7);
            number(list.size());
            for (Object item : list) if (!walk(item)) return false;
        } else if (v instanceof Map<?, ?> map) {
            tag(8);
            number(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) if (!walk(e.getKey()) || !walk(e.getValue())) return false;
        } else if (v instanceof Record r) {
            tag(9);
            text(r.getClass().getName());
            RecordCodec.Shape shape = RecordCodec.shape(r.getClass());
            for (int i = 0; i < shape.accessors().length; i++) {
                if (!walk(RecordCodec.component(shape, i, r))) return false;
            }
        } else {
            return false;
        }
        return true;
    }

    private void tag(int t) {
        if (size == BUFFER) flush();
        buf[size++] = (byte) t;
    }

    private void number(long n) {
        if (size + 8 > BUFFER) flush();
        for (int i = 56; i >= 0; i -= 8) buf[size++] = (byte) (n >>> i);
    }

    /** Its length first, so that no two lists of strings run together. */
    private void text(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        if (bytes.length > BUFFER - size) {
            flush();
            sums.update(bytes);
        } else {
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
        }
    }

    private void flush() {
        sums.update(buf, 0, size);
        size = 0;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
