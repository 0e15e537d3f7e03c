package dev.handbook.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hash of what an output file is rendered from (a render input: records, lists, ordered maps,
 * strings, numbers): with the same templates, equal hashes mean equal bytes. A value of a type
 * whose order or content it cannot see (a set, an arbitrary object) has no key, and its file is
 * rendered afresh.
 */
public final class ViewKey {
    private ViewKey() {
    }

    /** The hash of {@code value} after {@code salt} (the templates and Handbook's identity); empty when it has none. */
    public static Optional<Hash> of(Hash salt, Object value) {
        Bytes.Out out = new Bytes.Out();
        out.write(salt.bytes());
        if (!walk(out, value)) return Optional.empty();
        return Optional.of(Hash.of(out));
    }

    private static boolean walk(Bytes.Out out, Object v) {
        if (v == null) {
            out.writeByte(0);
        } else if (v instanceof String s) {
            out.writeByte(1);
            out.writeString(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            out.writeByte(2);
            out.writeLong(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            out.writeByte(3);
            out.writeBoolean(b);
        } else if (v instanceof Enum<?> e) {
            out.writeByte(4);
            out.writeString(e.getDeclaringClass().getName());
            out.writeInt(e.ordinal());
        } else if (v instanceof Optional<?> o) {
            out.writeByte(5);
            return walk(out, o.orElse(null));
        } else if (v instanceof List<?> list) {
            return items(out, 6, list);
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(7);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) if (!walk(out, e.getKey()) || !walk(out, e.getValue())) return false;
        } else if (v instanceof Record r) {
            out.writeByte(8);
            out.writeString(r.getClass().getName());
            RecordCodec.Shape shape = RecordCodec.shape(r.getClass());
            for (int i = 0; i < shape.accessors().length; i++) {
                if (!walk(out, RecordCodec.component(shape, i, r))) return false;
            }
        } else {
            return false;
        }
        return true;
    }

    private static boolean items(Bytes.Out out, int tag, Collection<?> items) {
        out.writeByte(tag);
        out.writeInt(items.size());
        for (Object item : items) if (!walk(out, item)) return false;
        return true;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
