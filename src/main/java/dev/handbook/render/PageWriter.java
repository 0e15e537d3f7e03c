package dev.handbook.render;

import io.pebbletemplates.pebble.error.PebbleException;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a template writes one page: characters go straight into UTF-8 bytes, with the same bytes
 * as {@code String.getBytes(UTF_8)} (an unpaired surrogate becomes '?'). Rendering into a
 * {@code StringWriter} and encoding afterwards copied every page three times, and one character
 * outside Latin-1 in a template (the '·' of a title) turned the whole page into UTF-16 first.
 *
 * <p>A template that writes more than {@code limit} characters is stuck in a loop; the writer
 * stops it with the exception Pebble's own limit throws. Not thread-safe: one page, one writer.
 */
final class PageWriter extends Writer {
    /** Strings at least this long are encoded in one call (see {@link #bulk}). */
    private static final int BULK = 256;
    private final int limit;
    private byte[] buf;
    private int count;
    private long chars;
    private char pendingHigh;

    PageWriter(int initialBytes, int limit) {
        this.buf = new byte[Math.max(256, initialBytes)];
        this.limit = limit;
    }

    @Override
    public void write(int c) {
        counted(1);
        ensure(3);
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        counted(len);
        // Pebble hands a template's own text over as characters, a long stretch of it at once.
        if (len >= BULK && pendingHigh == 0 && !Character.isHighSurrogate(cbuf[off + len - 1])) {
            bulk(new String(cbuf, off, len));
            return;
        }
        ensure(3 * len);
        for (int i = off, end = off + len; i < end; i++) {
            char c = cbuf[i];
            if (c < 0x80 && pendingHigh == 0) buf[count++] = (byte) c;
            else put(c);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        counted(len);
        if (len >= BULK && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(off + len - 1))) {
            bulk(off == 0 && len == s.length() ? s : s.substring(off, off + len));
            return;
        }
        ensure(3 * len);
        byte[] b = buf;
        int n = count;
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                b[n++] = (byte) c;
            } else {
                count = n;
                put(c);
                n = count;
            }
        }
        count = n;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    /**
     * A long string (the page's body, mostly) is encoded by the JDK, which copies an ASCII string's
     * bytes in one go; character by character it was a tenth of rendering. Only when no surrogate pair
     * can span this write and the next: then the bytes are the same.
     */
    private void bulk(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    /** The page's bytes; the writer is done after this. */
    byte[] toBytes() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[count++] = '?';
        }
        return Arrays.copyOf(buf, count);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void counted(int len) {
        chars += len;
        if (chars > limit) throw new PebbleException(null, String.format("Tried to write more than %d chars.", limit));
    }

    /** Encodes one character, pairing surrogates across calls; the caller made room for three bytes. */
    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[count++] = (byte) (0xF0 | cp >> 18);
                buf[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[count++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[count++] = '?';
        }
        if (c < 0x80) {
            buf[count++] = (byte) c;
        } else if (c < 0x800) {
            buf[count++] = (byte) (0xC0 | c >> 6);
            buf[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[count++] = '?';
        } else {
            buf[count++] = (byte) (0xE0 | c >> 12);
            buf[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /**
     * Room for {@code more} bytes and a held-back '?'. Writing n characters takes at most 3n bytes: a
     * character needs three, a surrogate pair four for its two, a '?' for an unpaired one precedes
     * a character that then needs at most three.
     */
    private void ensure(int more) {
        if (buf.length - count < more + 1) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more + 1));
        }
    }
}
