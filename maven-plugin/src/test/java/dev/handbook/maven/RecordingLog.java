package dev.handbook.maven;

import org.apache.maven.plugin.logging.Log;

import java.util.ArrayList;
import java.util.List;

/** Maven's log as a list of "[LEVEL] text" lines, for tests to read. */
final class RecordingLog implements Log {
    private final List<String> lines = new ArrayList<>();

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized String text() {
        return String.join("\n", lines);
    }

    private synchronized void add(String level, CharSequence text) {
        lines.add("[" + level + "] " + text);
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence c) { add("DEBUG", c); }
    @Override public void debug(CharSequence c, Throwable e) { add("DEBUG", c); }
    @Override public void debug(Throwable e) { add("DEBUG", e.toString()); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence c) { add("INFO", c); }
    @Override public void info(CharSequence c, Throwable e) { add("INFO", c); }
    @Override public void info(Throwable e) { add("INFO", e.toString()); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence c) { add("WARNING", c); }
    @Override public void warn(CharSequence c, Throwable e) { add("WARNING", c); }
    @Override public void warn(Throwable e) { add("WARNING", e.toString()); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence c) { add("ERROR", c); }
    @Override public void error(CharSequence c, Throwable e) { add("ERROR", c); }
    @Override public void error(Throwable e) { add("ERROR", e.toString()); }
}
