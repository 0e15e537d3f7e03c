package dev.handbook.parse;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;
import dev.handbook.diag.Suggestions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the audience blocks an edition may not read before Markdown parsing even starts: their
 * lines are blanked (every character but the newline becomes a space), so nothing in them can
 * surface anywhere, not even a footnote or link definition used from outside the block, and every
 * other offset in the file stays where it was. Blocks start at the beginning of a line (up to three
 * spaces of indent) outside code fences; the fence lines are read by {@link AudienceDirective}.
 *
 * <p>Blocks nest, and the narrower audience wins: a block inside a block for {@code managers} is
 * for managers at least, whatever it says. A block for an unknown audience, one never closed, a
 * {@code :::} that closes nothing and a line that is nearly a fence are errors; the blocks involved
 * are blanked too, since only a known, closed block can be shown safely. Every fence line the
 * parser will see is rewritten to the one spelling it knows ({@code :::audience NAME}, {@code :::}).
 */
final class AudienceFilter {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /** An open block: where its fence line starts, the audience it is for, and who may read it. */
    private record Open(int start, String audience, int rank, boolean visible) {
    }

    private final String text;
    private final ParseSettings settings;
    private final LineMap lines;
    private final List<Diagnostic> diags;
    private final Deque<Open> open = new ArrayDeque<>();
    /** Where blanked text starts and ends, in pairs. */
    private final List<Integer> blanked = new java.util.ArrayList<>();
    private char[] out;

    private AudienceFilter(String text, ParseSettings settings, LineMap lines, List<Diagnostic> diags) {
        this.text = text;
        this.settings = settings;
        this.lines = lines;
        this.diags = diags;
    }

    static String apply(String text, ParseSettings settings, LineMap lines, List<Diagnostic> diags) {
        if (!text.contains(":::")) return text;
        return new AudienceFilter(text, settings, lines, diags).run();
    }

    /**
     * What the blocks this edition leaves out held: whether there were any, and the names of files
     * they mention, in lower case (anything in them that looks like a file name, such as
     * {@code salary-bands.png}, from a link, an image or text). A file of a public folder that only
     * such blocks use is left out of the edition with them; a commit subject about a page with such
     * blocks is not shown in the edition (see {@code resolve.RecentCommits}).
     */
    record Withheld(boolean any, java.util.Set<String> fileNames) {
        static final Withheld NONE = new Withheld(false, java.util.Set.of());
    }

    static Withheld withheld(String text, ParseSettings settings, LineMap lines) {
        if (!text.contains(":::")) return Withheld.NONE;
        AudienceFilter filter = new AudienceFilter(text, settings, lines, new java.util.ArrayList<>());
        filter.run();
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (int i = 0; i < filter.blanked.size(); i += 2) {
            FileNames.collect(text.substring(filter.blanked.get(i), filter.blanked.get(i + 1)), names);
        }
        return new Withheld(!filter.blanked.isEmpty(), names);
    }

    private String run() {
        String fence = null;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (fence != null) {
                String s = line.strip();
                if (s.startsWith(fence) && s.replace(fence.substring(0, 1), "").isEmpty()) fence = null;
            } else {
                Matcher f = FENCE.matcher(line);
                if (f.find()) {
                    fence = f.group(1);
                } else if (line.indexOf(":::") >= 0) {
                    directive(AudienceDirective.of(line), pos, end);
                }
            }
            pos = end + 1;
        }
        if (!open.isEmpty()) {
            Open outermost = open.getLast();
            diags.add(Diagnostic.error(lines.pos(outermost.start()), "audience block is never closed: end it with a "
                    + "line ':::'").withRule("audience"));
            blank(outermost.start(), text.length());
        }
        return out == null ? text : new String(out);
    }

    private void directive(AudienceDirective d, int lineStart, int lineEnd) {
        if (d.kind() == AudienceDirective.Kind.NONE) return;
        int at = lineStart + d.column();
        d.problem().ifPresent(p -> diags.add(Diagnostic.error(lines.pos(at), "%s", p).withRule("audience")));
        if (d.kind() == AudienceDirective.Kind.CLOSE) {
            if (open.isEmpty()) {
                diags.add(Diagnostic.error(lines.pos(at), "':::' closes no audience block; remove it, or open the "
                        + "block with '::: audience NAME'").withRule("audience"));
                return;
            }
            Open closed = open.pop();
            if (!closed.visible()) blank(closed.start(), lineEnd);
            else rewrite(d, lineStart, lineEnd, "");
            return;
        }
        Open block = opening(d, at);
        open.push(block);
        if (block.visible()) rewrite(d, lineStart, lineEnd, block.audience());
    }

    /** The block a fence line opens: narrowed by the blocks around it, hidden when anything about it is wrong. */
    private Open opening(AudienceDirective d, int at) {
        Open outer = open.peek();
        int outerRank = outer == null ? 0 : outer.rank();
        boolean outerVisible = outer == null || outer.visible();
        if (d.problem().isPresent()) return new Open(at, "", Integer.MAX_VALUE, false);
        String widest = null;
        int rank = Integer.MAX_VALUE;
        for (String name : d.audiences()) {
            int r = settings.audiences().indexOf(name);
            if (r < 0) {
                diags.add(Diagnostic.error(lines.pos(at), "unknown audience '%s'%s", name,
                                Suggestions.didYouMean(name, settings.audiences()))
                        .withHint("audiences are declared in handbook.yml: " + String.join(", ", settings.audiences()))
                        .withRule("audience"));
                return new Open(at, name, Integer.MAX_VALUE, false);
            }
            if (r < rank) {
                rank = r;
                widest = name;
            }
        }
        if (outer != null && rank < outerRank) {
            diags.add(Diagnostic.warning(lines.pos(at), "this block for '%s' is inside a block for '%s', so only "
                    + "'%s' can read it", widest, outer.audience(), outer.audience()).withRule("audience"));
        }
        int effective = Math.max(rank, outerRank);
        return new Open(at, widest, effective, outerVisible && settings.visible(settings.audiences().get(effective)));
    }

    /** Gives the parser the one spelling of a visible fence line it knows. */
    private void rewrite(AudienceDirective d, int lineStart, int lineEnd, String audience) {
        String canonical = d.canonical(lineEnd - lineStart, audience);
        if (text.regionMatches(lineStart, canonical, 0, canonical.length())) return;
        char[] chars = chars();
        canonical.getChars(0, canonical.length(), chars, lineStart);
    }

    private void blank(int from, int to) {
        blanked.add(from);
        blanked.add(to);
        char[] chars = chars();
        for (int i = from; i < to; i++) if (chars[i] != '\n') chars[i] = ' ';
    }

    private char[] chars() {
        if (out == null) out = text.toCharArray();
        return out;
    }
}
