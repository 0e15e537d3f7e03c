package dev.handbook.diag;

import java.util.Arrays;

/**
 * Turns character offsets in a file's text into 1-based line and column numbers. Built once per
 * file; stages that work on a slice of the file (front matter, body) add the slice's offset first,
 * so every position they report is a position in the file the user edits.
 */
public final class LineMap {
    private final String file;
    private final int[] lineStarts;

    public LineMap(String file, CharSequence text) {
        this.file = file;
        int[] starts = new int[64];
        int n = 1;
        if (text instanceof String s) {
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                    starts[n++] = i + 1;
                }
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String file() {
        return file;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line that holds {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    public SourcePos pos(int offset) {
        int line = line(offset);
        return new SourcePos(file, line, Math.max(0, offset) - lineStarts[line - 1] + 1);
    }
}
