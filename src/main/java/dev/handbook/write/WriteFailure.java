package dev.handbook.write;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A file of the site could not be written: which file, which source it came from, and the operating
 * system's reason ({@code cannot write tags/x/index.html (from content/a.md): No space left on device}).
 */
public final class WriteFailure extends UncheckedIOException {
    private final String source;
    private final String path;
    private final String reason;

    WriteFailure(String source, String path, IOException cause) {
        super("cannot write " + path + " (from " + source + "): " + IoReasons.of(cause), cause);
        this.source = source;
        this.path = path;
        this.reason = IoReasons.of(cause);
    }

    /** Where the file came from: a page's path under the root, {@code (generated) sitemap.xml}, {@code theme ...}. */
    public String source() {
        return source;
    }

    /** The file's path in the site. */
    public String path() {
        return path;
    }

    /** The operating system's reason. */
    public String reason() {
        return reason;
    }
}
