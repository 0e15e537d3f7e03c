package dev.handbook.search;

import dev.handbook.model.Heading;
import dev.handbook.model.Link;
import dev.handbook.model.LinkTarget;
import dev.handbook.model.Page;
import dev.handbook.model.TextBlock;
import dev.handbook.model.Value;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the search index knows of one page: the texts it scores, by field, and the blocks shown as
 * snippets. Built only from the edition's {@link ResolvedSite}, so a page or block the edition
 * hides never gets here.
 *
 * @param url     the page's file, relative to the site root and percent-encoded
 * @param path    titles of the sections above the page, home excluded
 * @param meta    description, tags, type and the key fields of a typed page, as one line of text
 * @param blocks  the body's text under each heading, in order
 */
record SearchDoc(String url, String title, List<String> path, List<String> headings, String meta,
                 List<TextBlock> blocks) {
    /** Front-matter fields of typed pages that say what the page is about (role, runbook, team...). */
    static final List<String> KEY_FIELDS = List.of("summary", "service", "trigger", "purpose", "mission", "severity");

    /** The types every page has by its kind; they say nothing a reader would search for. */
    private static final java.util.Set<String> UNTYPED = java.util.Set.of("page", "home", "section");

    SearchDoc {
        path = List.copyOf(path);
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }

    static SearchDoc of(ResolvedSite site, Page page) {
        List<String> path = new ArrayList<>();
        for (int a : site.nav().ancestors(page.index())) if (a != 0) path.add(site.page(a).title());
        List<String> headings = page.body().headings().stream().map(Heading::text).toList();
        List<TextBlock> blocks = withLinkTitles(site, page);
        return new SearchDoc(UrlPath.encode(page.outputPath()), page.title(), path, headings, meta(page), blocks);
    }

    /**
     * A digest of everything of this page that the index reads: two pages with the same have the same
     * terms and the same place in a file of pages, wherever they are in the site ({@link SearchMemo}).
     * The text goes through the checksums as it is encoded, never copied into one array: building
     * that array was half of the index's time in a rebuild that found every page in the memo.
     */
    byte[] memoDigest() {
        Digest d = new Digest();
        d.text(url);
        d.text(title);
        d.count(path.size());
        for (String p : path) d.text(p);
        d.count(headings.size());
        for (String h : headings) d.text(h);
        d.text(meta);
        d.count(blocks.size());
        for (TextBlock b : blocks) {
            d.text(b.headingId());
            d.text(b.heading());
            d.text(b.text());
        }
        return d.finish();
    }

    /**
     * Three checksums and the length of a stream of bytes (as the build cache keys pages): two texts
     * share a digest by accident with a chance of about 2^-96.
     */
    private static final class Digest {
        private final java.util.zip.CRC32C crc32c = new java.util.zip.CRC32C();
        private final java.util.zip.CRC32 crc32 = new java.util.zip.CRC32();
        private final java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        private final byte[] four = new byte[4];
        private long length;

        /**
         * Its lengths in bytes and chars, then its UTF-8 bytes. UTF-8 writes a lone surrogate as '?',
         * so a text whose bytes may hold such a '?' then adds its hash code, which tells the two apart
         * (whether it does follows from what came before, so two streams are equal only for equal texts).
         */
        void text(String s) {
            byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            count(bytes.length);
            count(s.length());
            update(bytes);
            if (bytes.length != s.length() || hasQuestionMark(bytes)) count(s.hashCode());
        }

        private static boolean hasQuestionMark(byte[] bytes) {
            for (byte b : bytes) if (b == '?') return true;
            return false;
        }

        void count(int n) {
            four[0] = (byte) (n >>> 24);
            four[1] = (byte) (n >>> 16);
            four[2] = (byte) (n >>> 8);
            four[3] = (byte) n;
            update(four);
        }

        private void update(byte[] bytes) {
            crc32c.update(bytes, 0, bytes.length);
            crc32.update(bytes, 0, bytes.length);
            adler.update(bytes, 0, bytes.length);
            length += bytes.length;
        }

        byte[] finish() {
            return java.nio.ByteBuffer.allocate(20).putInt((int) crc32c.getValue()).putInt((int) crc32.getValue())
                    .putInt((int) adler.getValue()).putLong(length).array();
        }
    }

    private static String meta(Page page) {
        List<String> parts = new ArrayList<>();
        if (!page.description().isBlank()) parts.add(page.description().strip());
        for (String key : KEY_FIELDS) {
            scalar(page.fields(), key).ifPresent(v -> parts.add(capitalise(key) + ": " + v));
        }
        if (!UNTYPED.contains(page.type())) parts.add("Type: " + page.type());
        if (!page.tags().isEmpty()) parts.add("Tags: " + String.join(", ", page.tags()));
        return String.join(" · ", parts);
    }

    private static Optional<String> scalar(Value.Dict fields, String key) {
        return fields.get(key).filter(v -> v instanceof Value.Scalar s && !s.isNull() && !s.text().isBlank())
                .map(v -> ((Value.Scalar) v).text().strip());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The parser writes a {@code [[role:em]]} without text as its target; readers see the target's
     * title, so the index does too (or nothing, when the edition hides the target).
     */
    private static List<TextBlock> withLinkTitles(ResolvedSite site, Page page) {
        List<Link> links = page.body().links();
        List<LinkTarget> targets = site.links().get(page.index());
        List<String[]> swaps = new ArrayList<>();
        for (Link l : links) {
            if (l.kind() != Link.Kind.REF || !l.needsTitle() || l.index() >= targets.size()) continue;
            String title = targets.get(l.index()) instanceof LinkTarget.ToPage to ? site.page(to.page()).title() : "";
            swaps.add(new String[]{l.target(), title});
        }
        if (swaps.isEmpty()) return page.body().text();
        List<TextBlock> out = new ArrayList<>();
        for (TextBlock b : page.body().text()) {
            String t = b.text();
            for (String[] s : swaps) t = t.replace(s[0], s[1]);
            out.add(new TextBlock(b.headingId(), b.heading(), t));
        }
        return out;
    }
}
