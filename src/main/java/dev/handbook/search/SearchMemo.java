package dev.handbook.search;

import java.util.Optional;

/**
 * Where a build finds what it made in an earlier build for the same text, so that the search
 * index's two costly steps are done only for pages whose text changed: counting a page's terms
 * (tokenizing and stemming every word) and deflating a file of pages. The build cache is one;
 * {@link #NONE} remembers nothing. A memo keys each value by a hash of its own of the input bytes
 * given: a page's indexed text (title, headings, description line, section path and body) for its
 * terms, a file's JSON for its deflated bytes. Both values are opaque bytes. Called from many threads.
 */
public interface SearchMemo {
    SearchMemo NONE = new SearchMemo() {
        @Override
        public Optional<byte[]> find(Kind kind, byte[] input) {
            return Optional.empty();
        }

        @Override
        public void keep(Kind kind, byte[] input, byte[] made) {
        }
    };

    /** What is kept: a page's terms, or a page file's deflated JSON. */
    enum Kind { TERMS, DEFLATED }

    /** What an earlier build made of this input, or empty. */
    Optional<byte[]> find(Kind kind, byte[] input);

    /** Keeps what this build made of an input, for a later build. */
    void keep(Kind kind, byte[] input, byte[] made);
}
