package dev.handbook.search;

import dev.handbook.model.TextBlock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search memo finds a page's terms and a file of pages by {@link SearchDoc#memoDigest}: equal
 * pages must give equal digests, and pages a reader could tell apart different ones, or a rebuild
 * would publish another page's words.
 */
class SearchDocDigestTest {
    private static SearchDoc doc(String title, List<String> path, String text) {
        return new SearchDoc("a/index.html", title, path, List.of("Start"), "Tags: x",
                List.of(new TextBlock("start", "Start", text)));
    }

    @Test
    void equalPagesGiveEqualDigests() {
        assertArrayEquals(doc("Title", List.of("Ops"), "Some text").memoDigest(),
                doc("Title", List.of("Ops"), "Some text").memoDigest());
    }

    @Test
    void pagesThatDifferAnywhereGiveDifferentDigests() {
        List<SearchDoc> docs = new ArrayList<>();
        docs.add(doc("Title", List.of("Ops"), "Some text"));
        docs.add(doc("Title", List.of("Ops"), "Some text."));
        docs.add(doc("Titl", List.of("eOps"), "Some text")); // the same characters, split elsewhere
        docs.add(doc("Title", List.of("Op", "s"), "Some text"));
        docs.add(doc("Title", List.of(), "Some text"));
        docs.add(doc("Title", List.of("Ops"), "Some t\u00e9xt"));
        docs.add(doc("Title", List.of("Ops"), "Some ?"));
        docs.add(doc("Title", List.of("Ops"), "Some \ud800")); // a lone surrogate: UTF-8 writes it as '?'
        docs.add(doc("Title", List.of("Ops"), "Some \udbff"));
        docs.add(new SearchDoc("b/index.html", "Title", List.of("Ops"), List.of("Start"), "Tags: x",
                List.of(new TextBlock("start", "Start", "Some text"))));
        Set<String> digests = new HashSet<>();
        for (SearchDoc d : docs) digests.add(HexFormat.of().formatHex(d.memoDigest()));
        assertEquals(docs.size(), digests.size());
    }
}
