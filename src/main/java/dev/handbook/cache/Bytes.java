package dev.handbook.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The byte form of cache entries: a growable buffer to write, and a bounded reader that fails on short input. */
final class Bytes {
    private Bytes() {
    }

    /** Strings up to this length are numbered in an entry, so that one written again is its number. */
    private static final int SHORT = 256;
    private static final int UTF16 = 0;
    private static final int UTF8 = 1;
    private static final int SEEN = 2;

    static final class Out {
        private byte[] buf = new byte[4096];
        private int size;
        private final java.util.Map<String, Integer> shortStrings = new java.util.HashMap<>();

        private void room(int n) {
            if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }

        void writeByte(int b) {
            room(1);
            buf[size++] = (byte) b;
        }

        void writeBoolean(boolean b) {
            writeByte(b ? 1 : 0);
        }

        void writeInt(int v) {
            room(4);
            buf[size++] = (byte) (v >>> 24);
            buf[size++] = (byte) (v >>> 16);
            buf[size++] = (byte) (v >>> 8);
            buf[size++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }


        /**
         * Text as UTF-8, which the JDK encodes and decodes in bulk; text holding a surrogate as its
         * UTF-16 units instead, since a lone one would not come back from UTF-8. A short string
         * written before in this entry (a page's path in every position, a heading id in its link)
         * is written as its number in the entry instead, and read back as the same instance.
         */
        void writeString(String s) {
            if (s.length() <= SHORT) {
                Integer seen = shortStrings.putIfAbsent(s, shortStrings.size());
                if (seen != null) {
                    writeByte(SEEN);
                    writeInt(seen);
                    return;
                }
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (new String(utf8, StandardCharsets.UTF_8).equals(s)) {
                writeByte(UTF8);
                writeInt(utf8.length);
                room(utf8.length);
                System.arraycopy(utf8, 0, buf, size, utf8.length);
                size += utf8.length;
                return;
            }
            int n = s.length();
            writeByte(UTF16);
            writeInt(n);
            room(2 * n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                buf[size + 2 * i] = (byte) (c >>> 8);
                buf[size + 2 * i + 1] = (byte) c;
            }
            size += 2 * n;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    static final class In {
        private final byte[] buf;
        private int pos;
        private final java.util.List<String> shortStrings = new java.util.ArrayList<>();

        In(byte[] buf) {
            this.buf = buf;
        }

        private void need(int n) throws IOException {
            if (n < 0 || pos + n > buf.length) throw new IOException("entry ends early");
        }

        int readUnsignedByte() throws IOException {
            need(1);
            return buf[pos++] & 0xff;
        }

        boolean readBoolean() throws IOException {
            int b = readUnsignedByte();
            if (b > 1) throw new IOException("bad boolean " + b);
            return b == 1;
        }

        int readInt() throws IOException {
            need(4);
            int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                    | (buf[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        long readLong() throws IOException {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }


        String readString() throws IOException {
            int kind = readUnsignedByte();
            int n = readInt();
            if (kind == SEEN) {
                if (n < 0 || n >= shortStrings.size()) throw new IOException("bad string number " + n);
                return shortStrings.get(n);
            }
            String s;
            if (kind == UTF8) {
                need(n);
                s = new String(buf, pos, n, StandardCharsets.UTF_8);
                pos += n;
            } else if (kind == UTF16) {
                if (n < 0 || n > buf.length / 2) throw new IOException("entry ends early");
                need(2 * n);
                char[] chars = new char[n];
                for (int i = 0; i < n; i++, pos += 2) chars[i] = (char) (((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff));
                s = new String(chars);
            } else {
                throw new IOException("bad string kind " + kind);
            }
            if (s.length() <= SHORT) shortStrings.add(s);
            return s;
        }
    }
}
