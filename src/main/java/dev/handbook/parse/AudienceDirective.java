package dev.handbook.parse;

import dev.handbook.diag.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one line of a page says about audience blocks, read generously so that no spelling of a
 * fence is ever published as text: {@code ::: audience managers} opens a block, {@code :::} closes
 * one. Understood as well: any number of colons from three ({@code :::: audience managers}), the
 * keyword in any case ({@code ::: Audience managers}) or with a colon ({@code ::: audience: managers}),
 * and several audiences ({@code ::: audience managers hr}, or with commas), of which the widest may
 * read the block, as for a page's {@code audience: [managers, hr]}. A keyword that is nearly
 * {@code audience}, a fence with no audience, or a fence after a no-break space is a mistake the
 * caller reports at the line; other {@code :::} lines ({@code ::: note}) are ordinary text.
 *
 * @param kind      what the line is
 * @param audiences for an opening line, the names written, in order
 * @param problem   for a line that is nearly a fence, what is wrong with it
 * @param column    0-based offset in the line where the fence's colons start
 */
record AudienceDirective(Kind kind, List<String> audiences, Optional<String> problem, int column) {
    enum Kind { NONE, OPEN, CLOSE }

    private static final String KEYWORD = "audience";
    static final AudienceDirective NONE = new AudienceDirective(Kind.NONE, List.of(), Optional.empty(), 0);

    AudienceDirective {
        audiences = List.copyOf(audiences);
    }

    /** Reads one line (without its newline). */
    static AudienceDirective of(CharSequence line) {
        int i = 0;
        int indent = 0;
        int oddSpace = -1;
        while (i < line.length() && isSpace(line.charAt(i))) {
            char c = line.charAt(i);
            if (c == '\t') indent += 4 - indent % 4;
            else indent++;
            if (c != ' ' && c != '\t' && oddSpace < 0) oddSpace = i;
            i++;
        }
        if (indent > 3 && oddSpace < 0) return NONE; // an indented code block, or text going on
        int colons = 0;
        while (i + colons < line.length() && line.charAt(i + colons) == ':') colons++;
        if (colons < 3) return NONE;
        int column = i;
        String rest = line.subSequence(i + colons, line.length()).toString();
        AudienceDirective d = rest.isBlank() ? new AudienceDirective(Kind.CLOSE, List.of(), Optional.empty(), column)
                : open(rest.strip(), column);
        if (d.kind == Kind.NONE || oddSpace < 0) return d;
        return d.withProblem(String.format(Locale.ROOT, "a no-break space (U+%04X) comes before ':::'; start the line "
                + "with ':::' or ordinary spaces", (int) line.charAt(oddSpace)));
    }

    private static AudienceDirective open(String rest, int column) {
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) end++;
        String word = rest.substring(0, end);
        String after = rest.substring(end);
        if (after.startsWith(":")) after = after.substring(1);
        List<String> names = names(after);
        if (!word.equalsIgnoreCase(KEYWORD)) {
            if (word.length() < 5 || Suggestions.closest(word, Set.of(KEYWORD)).isEmpty()) return NONE;
            return new AudienceDirective(Kind.OPEN, names, Optional.of("'" + word + "' is not a directive (did you "
                    + "mean '::: audience " + String.join(" ", names.isEmpty() ? List.of("NAME") : names) + "'?)"),
                    column);
        }
        if (!after.isEmpty() && !isSpace(after.charAt(0)) && after.charAt(0) != ',' && !rest.substring(end).startsWith(":")) {
            return NONE; // "::: audiences-and-more": a word that only starts like the keyword
        }
        if (names.isEmpty()) {
            return new AudienceDirective(Kind.OPEN, names, Optional.of("an audience block needs the audience it is "
                    + "for: '::: audience NAME'"), column);
        }
        return new AudienceDirective(Kind.OPEN, names, Optional.empty(), column);
    }

    private static List<String> names(String s) {
        List<String> names = new ArrayList<>();
        for (String n : s.split("[\\s,\\u00A0\\u2007\\u202F]+")) if (!n.isEmpty()) names.add(n);
        return names;
    }

    private AudienceDirective withProblem(String message) {
        return new AudienceDirective(kind, audiences, Optional.of(problem.map(p -> message + "; " + p).orElse(message)),
                column);
    }

    /** Spaces a reader cannot tell apart from one: the ASCII ones and Unicode's no-break and fixed-width spaces. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200B') || c == '\uFEFF';
    }

    /**
     * The line as the Markdown parser should see it, the same length so every offset stays: an
     * opening line becomes {@code :::audience NAME}, a closing one {@code :::}, padded with spaces.
     */
    String canonical(int length, String audience) {
        String s = kind == Kind.CLOSE ? ":::" : ":::audience " + audience;
        if (s.length() > length) throw new IllegalStateException("canonical fence longer than the line");
        return s + " ".repeat(length - s.length());
    }
}
