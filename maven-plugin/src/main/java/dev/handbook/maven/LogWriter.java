package dev.handbook.maven;

import org.apache.maven.plugin.logging.Log;

import java.io.Writer;
import java.util.regex.Pattern;

/**
 * The command's output as Maven log lines: a diagnostic ({@code path:line:col: error: ...}) at
 * error level, a warning at warning level, the lines indented under either (source line, caret,
 * hint) at the same level, and everything else (progress, the summary) at info. On a terminal the
 * command rewrites its progress line in place with a carriage return; a log keeps lines, so such a
 * line is dropped, and colour codes are removed (Maven colours the levels itself).
 */
final class LogWriter extends Writer {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*[A-Za-z]");

    private enum Level { INFO, WARN, ERROR }

    private final Log log;
    private final StringBuilder line = new StringBuilder();
    private boolean carriageReturn;
    private Level level = Level.INFO;

    LogWriter(Log log) {
        this.log = log;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) write(chars[i]);
    }

    private void write(char c) {
        if (carriageReturn) {
            carriageReturn = false;
            if (c == '\n') {
                emit();
                return;
            }
            line.setLength(0); // a line rewritten in place
        }
        if (c == '\r') carriageReturn = true;
        else if (c == '\n') emit();
        else line.append(c);
    }

    @Override
    public void flush() {
        // only whole lines are logged
    }

    @Override
    public void close() {
        if (!carriageReturn && !line.isEmpty()) emit();
        line.setLength(0);
    }

    private void emit() {
        String text = ANSI.matcher(line).replaceAll("");
        line.setLength(0);
        level = levelOf(text, level);
        switch (level) {
            case ERROR -> log.error(text);
            case WARN -> log.warn(text);
            default -> log.info(text);
        }
    }

    /** A headline sets the level; an indented line keeps the level of the headline above it. */
    static Level levelOf(String text, Level previous) {
        if (text.contains(": error: ") || text.startsWith("error: ") || text.startsWith("handbook: ")) return Level.ERROR;
        if (text.contains(": warning: ") || text.startsWith("warning: ")) return Level.WARN;
        if (text.startsWith(" ") && !text.isBlank()) return previous;
        return Level.INFO;
    }
}
