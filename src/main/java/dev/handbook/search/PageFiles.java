package dev.handbook.search;

import dev.handbook.model.OutputFile;
import dev.handbook.model.TextBlock;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Makes the files of pages, {@code d/N.js} (see {@link IndexFiles}), on whichever threads ask:
 * each thread writes the pages' JSON as bytes into a buffer of its own, deflates it with a deflater
 * of its own and writes the base64 of that straight into the file's bytes, so a file costs one
 * array of its final size and nothing else. A deflater holds about 300 KB outside the heap: one per
 * thread, reset between files, all ended by {@link #close}.
 *
 * <pre>{@code
 * try (PageFiles files = new PageFiles()) {
 *     OutputFile f = files.file(3, IndexFiles.filePages(3, docs));   // search-index/d/3.js
 * }
 * }</pre>
 */
final class PageFiles implements AutoCloseable {
    private static final byte[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\");\n".getBytes(StandardCharsets.US_ASCII);

    private final SearchMemo memo;
    private final List<Writer> writers = new ArrayList<>();
    private final ThreadLocal<Writer> writer = ThreadLocal.withInitial(this::newWriter);

    PageFiles() {
        this(SearchMemo.NONE);
    }

    /** A file of pages whose texts {@code memo} has seen in that file is not made again: its bytes are used. */
    PageFiles(SearchMemo memo) {
        this.memo = memo;
    }

    /** The file {@code d/N.js} holding {@code docs}, the pages {@link IndexFiles#filePages} gives it. */
    OutputFile file(int n, List<SearchDoc> docs) {
        return writer.get().file(n, docs);
    }

    /**
     * {@link #file(int, List)}, or the file the memo kept for file {@code n} of the same pages; {@code
     * texts} are the pages' {@link SearchDoc#memoDigest}s (empty without a memo).
     */
    OutputFile file(int n, List<SearchDoc> docs, List<byte[]> texts) {
        if (memo == SearchMemo.NONE) return file(n, docs);
        int size = 4;
        for (byte[] t : texts) size += 4 + t.length;
        java.nio.ByteBuffer key = java.nio.ByteBuffer.allocate(size).putInt(n);
        for (byte[] t : texts) key.putInt(t.length).put(t);
        java.util.Optional<byte[]> kept = memo.find(SearchMemo.Kind.FILE, key.array());
        if (kept.isPresent()) return new OutputFile(IndexFiles.DIR + "d/" + n + ".js", kept.get());
        OutputFile made = file(n, docs);
        memo.keep(SearchMemo.Kind.FILE, key.array(), made.bytes());
        return made;
    }

    /** Ends every thread's deflater; no file can be made after. */
    @Override
    public synchronized void close() {
        for (Writer w : writers) w.deflater.end();
        writers.clear();
    }

    private synchronized Writer newWriter() {
        Writer w = new Writer();
        writers.add(w);
        return w;
    }

    /** One thread's buffers and deflater. */
    private static final class Writer {
        final AsciiJson json = new AsciiJson();
        final Deflater deflater = new Deflater(IndexFiles.LEVEL, true);
        byte[] zipped = new byte[32 * 1024];

        OutputFile file(int n, List<SearchDoc> docs) {
            json.reset();
            json.raw('[');
            for (int i = 0; i < docs.size(); i++) {
                if (i > 0) json.raw(',');
                doc(docs.get(i));
            }
            json.raw(']');
            int length = deflate();
            byte[] prefix = ("HandbookSearch.add(\"d/" + n + "\",\"").getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[prefix.length + 4 * ((length + 2) / 3) + SUFFIX.length];
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            int end = base64(zipped, length, bytes, prefix.length);
            System.arraycopy(SUFFIX, 0, bytes, end, SUFFIX.length);
            return new OutputFile(IndexFiles.DIR + "d/" + n + ".js", bytes);
        }

        /** {@code [url, title, [section path], meta, [[heading id, heading, text]...]]}, text cut at {@link IndexFiles#PAGE_TEXT}. */
        private void doc(SearchDoc d) {
            json.raw('[').string(d.url()).raw(',').string(d.title()).raw(',').strings(d.path()).raw(',')
                    .string(d.meta()).raw(',').raw('[');
            int budget = IndexFiles.PAGE_TEXT;
            List<TextBlock> blocks = d.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) json.raw(',');
                TextBlock b = blocks.get(i);
                json.raw('[').string(b.headingId()).raw(',').string(b.heading()).raw(',');
                budget -= json.collapsed(b.text(), budget);
                json.raw(']');
            }
            json.raw(']').raw(']');
        }

        /** Deflates the JSON into {@link #zipped} (raw, RFC 1951); returns its length. */
        private int deflate() {
            deflater.reset();
            deflater.setInput(json.bytes(), 0, json.size());
            deflater.finish();
            int length = 0;
            while (!deflater.finished()) {
                if (length == zipped.length) zipped = Arrays.copyOf(zipped, 2 * length);
                length += deflater.deflate(zipped, length, zipped.length - length);
            }
            return length;
        }
    }

    /** Writes {@code in[0, length)} in base64 (RFC 4648, padded) into {@code out} from {@code at}; returns where it ended. */
    static int base64(byte[] in, int length, byte[] out, int at) {
        int i = 0;
        for (; i + 3 <= length; i += 3) {
            int v = (in[i] & 0xFF) << 16 | (in[i + 1] & 0xFF) << 8 | in[i + 2] & 0xFF;
            out[at++] = BASE64[v >>> 18];
            out[at++] = BASE64[(v >>> 12) & 63];
            out[at++] = BASE64[(v >>> 6) & 63];
            out[at++] = BASE64[v & 63];
        }
        if (i < length) {
            int v = (in[i] & 0xFF) << 16 | (i + 1 < length ? (in[i + 1] & 0xFF) << 8 : 0);
            out[at++] = BASE64[v >>> 18];
            out[at++] = BASE64[(v >>> 12) & 63];
            out[at++] = i + 1 < length ? BASE64[(v >>> 6) & 63] : (byte) '=';
            out[at++] = '=';
        }
        return at;
    }
}
