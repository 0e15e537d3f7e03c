package dev.handbook.resolve;

import dev.handbook.model.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The defaults cascade: a page's value comes from, highest first, its own front matter, the
 * {@code cascade:} blocks of the section index pages above it (nearest first), then the site's
 * {@code defaults:}. Each value keeps the position where it was written, so a message about an
 * inherited value points at the {@code _index.md} that set it.
 */
final class Cascade {
    private Cascade() {
    }

    /** {@code over} wins over {@code under}, key by key. */
    static Value.Dict merge(Value.Dict over, Value.Dict under) {
        if (under.isEmpty()) return over;
        if (over.isEmpty()) return new Value.Dict(under.entries(), over.pos());
        Map<String, Value.Entry> merged = new LinkedHashMap<>(under.entries());
        merged.putAll(over.entries());
        return new Value.Dict(merged, over.pos());
    }
}
