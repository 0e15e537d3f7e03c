package dev.handbook.search;

import java.util.Optional;

/**
 * Where a build finds the terms it counted in an earlier build for a page of the same text, so
 * that counting (tokenizing and stemming every word of every page, most of the index's work) is
 * done only for pages whose text changed. The build cache is one; {@link #NONE} remembers nothing.
 * {@code text} is the page's indexed text as bytes (title, headings, description line, section
 * path and body), which a memo keys by a hash of its own; {@code terms} are opaque bytes.
 */
public interface TermsMemo {
    TermsMemo NONE = new TermsMemo() {
        @Override
        public Optional<byte[]> find(byte[] text) {
            return Optional.empty();
        }

        @Override
        public void keep(byte[] text, byte[] terms) {
        }
    };

    /** The terms kept for a page of this text, or empty. Called from many threads. */
    Optional<byte[]> find(byte[] text);

    /** Keeps a page's terms for a later build. Called from many threads. */
    void keep(byte[] text, byte[] terms);
}
