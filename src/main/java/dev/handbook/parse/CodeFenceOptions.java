package dev.handbook.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options after a fenced code block's language, written as MkDocs Material writes them:
 * {@code ```sh hl_lines="2 3-5" linenums="1"}. {@code hl_lines} marks lines (1 is the block's
 * first) and {@code linenums} numbers the lines from the number given. The language becomes the
 * code's {@code language-} class as CommonMark says; the options become {@code data-hl-lines} and
 * {@code data-linenums} on the {@code <pre>}, which the theme's code.js draws. Anything else after
 * the language is a warning at its position, since it is not shown.
 */
final class CodeFenceOptions {
    static final String RULE = "code-fence";
    private static final Pattern OPTION = Pattern.compile("([A-Za-z_][-A-Za-z0-9_]*)=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))|(\\S+)");
    private static final Pattern RANGE = Pattern.compile("([0-9]{1,6})(?:-([0-9]{1,6}))?");

    /** The options of one block: lines to highlight (sorted, 1-based) and the first line number, if numbered. */
    record Options(List<Integer> highlight, Optional<Integer> firstNumber) {
        static final Options NONE = new Options(List.of(), Optional.empty());

        Options {
            highlight = List.copyOf(highlight);
        }
    }

    /** A problem at an offset of the info string. */
    record Problem(int offset, String message) {
    }

    private CodeFenceOptions() {
    }

    /** Reads the options of a block and reports what it cannot use at its position in the page. */
    static Options read(FencedCodeBlock block, LineMap lines, List<Diagnostic> diags) {
        List<Problem> problems = new ArrayList<>();
        Options options = parse(block.getInfo(), block.getLineCount(), problems);
        int start = block.getInfo().getStartOffset();
        for (Problem p : problems) {
            diags.add(Diagnostic.warning(lines.pos(start + p.offset()), "%s", p.message())
                    .withHint("a code block takes hl_lines=\"2 3-5\" (lines to highlight) and linenums=\"1\" "
                            + "(number its lines) after its language, e.g. ```sh hl_lines=\"2\"")
                    .withRule(RULE));
        }
        return options;
    }

    /**
     * The options written after the language of {@code info}, for a block of {@code lineCount}
     * lines; what cannot be used goes to {@code problems}.
     */
    static Options parse(CharSequence info, int lineCount, List<Problem> problems) {
        String s = info.toString();
        int languageEnd = 0;
        while (languageEnd < s.length() && !Character.isWhitespace(s.charAt(languageEnd))) languageEnd++;
        if (languageEnd == s.length()) return Options.NONE;
        TreeSet<Integer> lines = new TreeSet<>();
        Optional<Integer> first = Optional.empty();
        Matcher m = OPTION.matcher(s);
        m.region(languageEnd, s.length());
        while (m.find()) {
            if (m.group(5) != null) {
                problems.add(new Problem(m.start(), "'" + m.group(5) + "' after the code block's language is not an "
                        + "option a handbook knows; it is not shown"));
                continue;
            }
            String key = m.group(1);
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            int at = m.start();
            switch (key) {
                case "hl_lines" -> lines.addAll(lineNumbers(value, lineCount, at, problems));
                case "linenums" -> first = firstNumber(value, at, problems);
                default -> problems.add(new Problem(at, "code block option '" + key + "' is not supported and is "
                        + "left out (supported: hl_lines, linenums)"));
            }
        }
        return new Options(List.copyOf(lines), first);
    }

    private static List<Integer> lineNumbers(String value, int lineCount, int at, List<Problem> problems) {
        List<Integer> out = new ArrayList<>();
        for (String part : value.trim().split("[\\s,]+")) {
            if (part.isEmpty()) continue;
            Matcher r = RANGE.matcher(part);
            int from = r.matches() ? Integer.parseInt(r.group(1)) : 0;
            int to = r.matches() && r.group(2) != null ? Integer.parseInt(r.group(2)) : from;
            if (from < 1 || to < from) {
                problems.add(new Problem(at, "hl_lines takes line numbers and ranges such as \"2 4-6\", found '" + part + "'"));
            } else if (to > lineCount) {
                problems.add(new Problem(at, "hl_lines names line " + to + ", but the code block has " + lineCount
                        + (lineCount == 1 ? " line" : " lines")));
            } else {
                for (int i = from; i <= to; i++) out.add(i);
            }
        }
        return out;
    }

    private static Optional<Integer> firstNumber(String value, int at, List<Problem> problems) {
        if (value.matches("[0-9]{1,6}") && Integer.parseInt(value) >= 1) return Optional.of(Integer.parseInt(value));
        problems.add(new Problem(at, "linenums takes the number of the first line, such as \"1\", found '" + value + "'"));
        return Optional.empty();
    }

    /** Sorted line numbers as ranges: {@code [2, 3, 4, 7]} is "2-4 7". */
    static String ranges(List<Integer> sorted) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            if (sb.length() > 0) sb.append(' ');
            sb.append(sorted.get(i));
            if (j > i) sb.append('-').append(sorted.get(j));
            i = j + 1;
        }
        return sb.toString();
    }

    /** Writes a block's options on its {@code <pre>} as data- attributes, for the theme's script. */
    static final class Provider implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (!(node instanceof FencedCodeBlock block) || part != AttributablePart.NODE) return;
            BasedSequence info = block.getInfo();
            if (info.isBlank()) return;
            Options o = parse(info, block.getLineCount(), new ArrayList<>());
            if (!o.highlight().isEmpty()) attributes.addValue("data-hl-lines", ranges(o.highlight()));
            o.firstNumber().ifPresent(n -> attributes.addValue("data-linenums", String.valueOf(n)));
        }

        static AttributeProviderFactory factory() {
            return new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return new Provider();
                }
            };
        }
    }
}
