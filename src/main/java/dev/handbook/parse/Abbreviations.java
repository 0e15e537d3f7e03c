package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a page defines ({@code *[SLA]: Service level agreement}) and where its text uses
 * them: the word as a whole word (no letter, digit or underscore on either side), case as written.
 * Code, URLs and raw HTML are no text, so they never get one. The first definition of a word counts;
 * a second is a warning at its line. One per page, used by one thread.
 */
final class Abbreviations {
    static final Abbreviations NONE = new Abbreviations(Map.of(), Map.of());

    /** What the page's text is split into: a stretch of plain text, or one use of a word. */
    interface Pieces {
        void text(int from, int to);
    }

    interface Uses {
        void use(String word, String expansion);
    }

    private final Map<String, String> expansions;
    private final Map<String, Integer> offsets;
    private final Pattern words;
    private final Set<String> used = new TreeSet<>();
    private final Set<String> indexed = new TreeSet<>();

    private Abbreviations(Map<String, String> expansions, Map<String, Integer> offsets) {
        this.expansions = expansions;
        this.offsets = offsets;
        this.words = expansions.isEmpty() ? null : pattern(expansions.keySet());
    }

    /**
     * The definitions still in {@code doc}: one in an audience block this edition refused (unlinked
     * from the tree) must not lend its expansion to the rest of the page.
     */
    static Abbreviations of(Document doc, LineMap lines, List<Diagnostic> diags) {
        List<AbbreviationDefinition> defined = AbbreviationParser.DEFINED.get(doc);
        if (defined == null) return NONE;
        Map<String, String> expansions = new TreeMap<>();
        Map<String, Integer> offsets = new TreeMap<>();
        for (AbbreviationDefinition d : defined) {
            if (!attached(d, doc)) continue;
            String word = d.word.toString();
            Integer first = offsets.putIfAbsent(word, d.getStartOffset());
            if (first == null) {
                expansions.put(word, d.expansion.toString());
            } else {
                diags.add(Diagnostic.warning(lines.pos(d.getStartOffset()), "abbreviation '%s' is defined twice; the "
                                + "first definition (line %d) is used and this one is left out", word,
                        lines.pos(first).line()).withHint("keep one definition of each abbreviation a page")
                        .withRule("abbreviation"));
            }
        }
        return expansions.isEmpty() ? NONE : new Abbreviations(expansions, offsets);
    }

    private static boolean attached(Node n, Document doc) {
        Node top = n;
        while (top.getParent() != null) top = top.getParent();
        return top == doc;
    }

    /** Longest first, so that of "SLA" and "SLAs" the longer one wins where both fit. */
    private static Pattern pattern(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}_])(?:");
        for (int i = 0; i < sorted.size(); i++) sb.append(i > 0 ? "|" : "").append(Pattern.quote(sorted.get(i)));
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}_])").toString());
    }

    boolean isEmpty() {
        return words == null;
    }

    /** Splits text as a reader sees it into plain stretches and uses of a word, in order. */
    void split(String s, Pieces text, Uses use) {
        Matcher m = words.matcher(s);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) text.text(from, m.start());
            String word = m.group();
            used.add(word);
            use.use(word, expansions.get(word));
            from = m.end();
        }
        if (from < s.length()) text.text(from, s.length());
    }

    /**
     * What the search index should hold besides {@code text}: each word's expansion, the first time
     * a block of text uses the word, so a search for "service level agreement" finds the page.
     */
    String expansionsFor(String text) {
        if (words == null) return "";
        StringBuilder sb = new StringBuilder();
        Matcher m = words.matcher(text);
        while (m.find()) {
            if (indexed.add(m.group())) sb.append(" (").append(m.group()).append(": ").append(expansions.get(m.group())).append(')');
        }
        return sb.toString();
    }

    /** A warning at each definition the page's text never uses: the word matches whole words, as written. */
    void reportUnused(LineMap lines, List<Diagnostic> diags) {
        offsets.forEach((word, offset) -> {
            if (used.contains(word)) return;
            diags.add(Diagnostic.warning(lines.pos(offset), "abbreviation '%s' is defined but the page's text never "
                    + "uses it, so its definition shows nowhere", word).withHint("a use is the whole word in the same "
                    + "case ('" + word + "s' is no use of '" + word + "'), outside code and links' addresses").withRule("abbreviation"));
        });
    }
}
