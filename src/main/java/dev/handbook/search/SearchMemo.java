package dev.handbook.search;

import java.util.Optional;

/**
 * Where a build finds what it made in an earlier build for the same text, so that the search
 * index's two costly steps are done only for pages whose text changed: counting a page's terms
 * (tokenizing and stemming every word) and making a file of pages (its JSON, deflated). The build
 * cache is one; {@link #NONE} remembers nothing. A memo keys each value by a hash of its own of the
 * input bytes given: all a page's indexed text for its terms, the file's number and its pages' text
 * for a file. Both values are opaque bytes. Called from many threads.
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

    /** What is kept: a page's terms, or a file of pages ({@code search-index/d/N.js}). */
    enum Kind { TERMS, FILE }

    /** What an earlier build made of this input, or empty. */
    Optional<byte[]> find(Kind kind, byte[] input);

    /** Keeps what this build made of an input, for a later build. */
    void keep(Kind kind, byte[] input, byte[] made);
}
