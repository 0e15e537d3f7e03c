package dev.handbook.cache;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a value of the model (records, sealed interfaces of records, lists, sets, maps, optionals,
 * strings, numbers, booleans, enums) as bytes and reads it back, guided by its declared type. The
 * bytes are only read by the same build of Handbook (the cache key holds its identity), so they
 * carry no names. A type it does not know is an {@link IllegalArgumentException} when writing, and
 * bytes that do not fit the type an {@link IOException} when reading.
 */
final class RecordCodec {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };
    private static final int MAX_ITEMS = 1 << 24;

    private RecordCodec() {
    }

    /** A record's components and canonical constructor, found once per class. */
    record Shape(Type[] types, Method[] accessors, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            try {
                RecordComponent[] rc = type.getRecordComponents();
                Type[] types = new Type[rc.length];
                Class<?>[] raw = new Class<?>[rc.length];
                Method[] accessors = new Method[rc.length];
                for (int i = 0; i < rc.length; i++) {
                    types[i] = rc[i].getGenericType();
                    raw[i] = rc[i].getType();
                    accessors[i] = rc[i].getAccessor();
                }
                return new Shape(types, accessors, type.getDeclaredConstructor(raw));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot cache " + type.getName() + ": " + e.getMessage(), e);
            }
        }
    }

    static Shape shape(Class<?> type) {
        return SHAPES.get(type);
    }

    static void write(Bytes.Out out, Object value, Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            out.writeString((String) value);
        } else if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == double.class || raw == Double.class) {
            out.writeLong(Double.doubleToRawLongBits((Double) value));
        } else if (raw.isEnum()) {
            out.writeInt(((Enum<?>) value).ordinal());
        } else if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) write(out, o.get(), argument(type, 0));
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) write(out, item, argument(type, 0));
        } else if (raw == Set.class) {
            Set<?> set = (Set<?>) value;
            out.writeInt(set.size());
            for (Object item : set) write(out, item, argument(type, 0));
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey(), argument(type, 0));
                write(out, e.getValue(), argument(type, 1));
            }
        } else if (raw.isSealed()) {
            Class<?>[] permitted = raw.getPermittedSubclasses();
            int variant = variant(permitted, value.getClass());
            out.writeByte(variant);
            write(out, value, permitted[variant]);
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            for (int i = 0; i < shape.types().length; i++) write(out, component(shape, i, value), shape.types()[i]);
        } else {
            throw new IllegalArgumentException("cannot cache a value of type " + type);
        }
    }

    static Object read(Bytes.In in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (raw == String.class) return in.readString();
        if (raw == int.class || raw == Integer.class) return in.readInt();
        if (raw == long.class || raw == Long.class) return in.readLong();
        if (raw == boolean.class || raw == Boolean.class) return in.readBoolean();
        if (raw == double.class || raw == Double.class) return Double.longBitsToDouble(in.readLong());
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            int i = in.readInt();
            if (i < 0 || i >= constants.length) throw new IOException("bad enum constant " + i + " of " + raw.getName());
            return constants[i];
        }
        if (raw == Optional.class) return in.readBoolean() ? Optional.of(read(in, argument(type, 0))) : Optional.empty();
        if (raw == List.class) {
            int n = count(in);
            List<Object> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) list.add(read(in, argument(type, 0)));
            return list;
        }
        if (raw == Set.class) {
            int n = count(in);
            Set<Object> set = new HashSet<>();
            for (int i = 0; i < n; i++) set.add(read(in, argument(type, 0)));
            return set;
        }
        if (raw == Map.class) {
            int n = count(in);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) map.put(read(in, argument(type, 0)), read(in, argument(type, 1)));
            return map;
        }
        if (raw.isSealed()) {
            Class<?>[] permitted = raw.getPermittedSubclasses();
            int variant = in.readUnsignedByte();
            if (variant >= permitted.length) throw new IOException("bad variant " + variant + " of " + raw.getName());
            return read(in, permitted[variant]);
        }
        if (raw.isRecord()) {
            Shape shape = shape(raw);
            Object[] args = new Object[shape.types().length];
            for (int i = 0; i < args.length; i++) args[i] = read(in, shape.types()[i]);
            try {
                return shape.constructor().newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IOException("bytes that make no " + raw.getSimpleName() + ": " + e.getCause(), e);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IOException("bytes that make no " + raw.getSimpleName() + ": " + e, e);
            }
        }
        throw new IOException("cannot read a value of type " + type);
    }

    static Object component(Shape shape, int i, Object value) {
        try {
            return shape.accessors()[i].invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a component of " + value.getClass().getName(), e);
        }
    }

    private static int variant(Class<?>[] permitted, Class<?> actual) {
        for (int i = 0; i < permitted.length; i++) if (permitted[i] == actual) return i;
        throw new IllegalArgumentException("cannot cache " + actual.getName() + ": not a direct variant");
    }

    private static int count(Bytes.In in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) throw new IOException("bad count " + n);
        return n;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalArgumentException("cannot cache a value of type " + type);
    }

    private static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) return p.getActualTypeArguments()[i];
        throw new IllegalArgumentException("cannot cache a raw " + type);
    }
}
