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
    /** What each class is to the codec, found once: asking a class whether it is sealed builds its permitted list. */
    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            return Kind.of(type);
        }
    };
    private static final ClassValue<Class<?>[]> PERMITTED = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> type) {
            return type.getPermittedSubclasses();
        }
    };
    private static final int MAX_ITEMS = 1 << 24;

    private enum Kind {
        STRING, INT, LONG, BOOLEAN, DOUBLE, ENUM, OPTIONAL, LIST, SET, MAP, SEALED, RECORD, UNKNOWN;

        static Kind of(Class<?> c) {
            if (c == String.class) return STRING;
            if (c == int.class || c == Integer.class) return INT;
            if (c == long.class || c == Long.class) return LONG;
            if (c == boolean.class || c == Boolean.class) return BOOLEAN;
            if (c == double.class || c == Double.class) return DOUBLE;
            if (c.isEnum()) return ENUM;
            if (c == Optional.class) return OPTIONAL;
            if (c == List.class) return LIST;
            if (c == Set.class) return SET;
            if (c == Map.class) return MAP;
            if (c.isSealed()) return SEALED;
            if (c.isRecord()) return RECORD;
            return UNKNOWN;
        }
    }

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
        switch (KINDS.get(raw)) {
            case STRING -> out.writeString((String) value);
            case INT -> out.writeInt((Integer) value);
            case LONG -> out.writeLong((Long) value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case DOUBLE -> out.writeLong(Double.doubleToRawLongBits((Double) value));
            case ENUM -> out.writeInt(((Enum<?>) value).ordinal());
            case OPTIONAL -> {
                Optional<?> o = (Optional<?>) value;
                out.writeBoolean(o.isPresent());
                if (o.isPresent()) write(out, o.get(), argument(type, 0));
            }
            case LIST -> {
                List<?> list = (List<?>) value;
                Type item = argument(type, 0);
                out.writeInt(list.size());
                for (Object v : list) write(out, v, item);
            }
            case SET -> {
                Set<?> set = (Set<?>) value;
                Type item = argument(type, 0);
                out.writeInt(set.size());
                for (Object v : set) write(out, v, item);
            }
            case MAP -> {
                Map<?, ?> map = (Map<?, ?>) value;
                Type key = argument(type, 0);
                Type val = argument(type, 1);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(out, e.getKey(), key);
                    write(out, e.getValue(), val);
                }
            }
            case SEALED -> {
                Class<?>[] permitted = PERMITTED.get(raw);
                int variant = variant(permitted, value.getClass());
                out.writeByte(variant);
                write(out, value, permitted[variant]);
            }
            case RECORD -> {
                Shape shape = shape(raw);
                for (int i = 0; i < shape.types().length; i++) write(out, component(shape, i, value), shape.types()[i]);
            }
            case UNKNOWN -> throw new IllegalArgumentException("cannot cache a value of type " + type);
        }
    }

    static Object read(Bytes.In in, Type type) throws IOException {
        Class<?> raw = raw(type);
        switch (KINDS.get(raw)) {
            case STRING:
                return in.readString();
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case BOOLEAN:
                return in.readBoolean();
            case DOUBLE:
                return Double.longBitsToDouble(in.readLong());
            case ENUM: {
                Object[] constants = raw.getEnumConstants();
                int i = in.readInt();
                if (i < 0 || i >= constants.length) throw new IOException("bad enum constant " + i + " of " + raw.getName());
                return constants[i];
            }
            case OPTIONAL:
                return in.readBoolean() ? Optional.of(read(in, argument(type, 0))) : Optional.empty();
            case LIST: {
                int n = count(in);
                Type item = argument(type, 0);
                List<Object> list = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) list.add(read(in, item));
                return list;
            }
            case SET: {
                int n = count(in);
                Type item = argument(type, 0);
                Set<Object> set = new HashSet<>();
                for (int i = 0; i < n; i++) set.add(read(in, item));
                return set;
            }
            case MAP: {
                int n = count(in);
                Type key = argument(type, 0);
                Type val = argument(type, 1);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) map.put(read(in, key), read(in, val));
                return map;
            }
            case SEALED: {
                Class<?>[] permitted = PERMITTED.get(raw);
                int variant = in.readUnsignedByte();
                if (variant >= permitted.length) throw new IOException("bad variant " + variant + " of " + raw.getName());
                return read(in, permitted[variant]);
            }
            case RECORD: {
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
            default:
                throw new IOException("cannot read a value of type " + type);
        }
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
