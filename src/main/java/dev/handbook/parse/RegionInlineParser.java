package dev.handbook.parse;

import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.Bracket;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's own inline parser, except for how it reads a regular expression's match, and two
 * places where Flexmark departs from CommonMark ({@link #parseCloseBracket}, {@link #parseAutolink}). Flexmark took
 * the bounds from {@code Matcher.toMatchResult()}, which on Java 17 copies the whole text being
 * matched: every match in a paragraph (each space, link, code span) copied the paragraph again,
 * character by character, and that was a twentieth of parsing a page. The bounds come from the
 * matcher itself here; what matches, and what the parser does with it, is unchanged.
 *
 * <p>Installed with {@link #FACTORY} through {@code Parser.Builder.customInlineParserFactory}. Flexmark
 * then leaves out the preprocessor of link reference definitions, which it adds only for its
 * default inline parser, so {@link MarkdownConverter} adds it back.
 */
final class RegionInlineParser extends CommonmarkInlineParser {
    static final InlineParserFactory FACTORY = RegionInlineParser::new;
    /** An e-mail autolink's address, as CommonMark defines it (the HTML standard's "valid e-mail address"). */
    /** Flexmark keeps its stack of open brackets private; {@link #parseCloseBracket} reads and pops it. */
    private static final VarHandle LAST_BRACKET = lastBracket();
    private static final Pattern EMAIL = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    private RegionInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /**
     * Flexmark's closing bracket, except for one comparison. For a bracket that is no link and names
     * no definition ({@code [bar* baz]}), Flexmark means to leave the brackets as text when they cut
     * an emphasis run in two ({@code *foo [bar* baz]}), so the emphasis can still close; its check
     * compares the delimiters' positions in the paragraph with the brackets' positions in the file,
     * which agree only for a paragraph at the very top of the file. Everywhere else the brackets
     * became an undefined reference and the emphasis was lost. The same check, with positions in the
     * paragraph on both sides, runs here first.
     */
    @Override
    protected boolean parseCloseBracket() {
        Bracket opener = (Bracket) LAST_BRACKET.get(this);
        if (opener != null && opener.isAllowed() && undefinedAcrossEmphasis(opener)) {
            index++;
            appendText(input.subSequence(index - 1, index));
            LAST_BRACKET.set(this, opener.getPrevious()); // as Flexmark does for brackets that stay text
            return true;
        }
        return super.parseCloseBracket();
    }

    /** Whether the bracket closing at {@code index} is a bare, undefined reference that straddles emphasis. */
    private boolean undefinedAcrossEmphasis(Bracket opener) {
        int open = opener.getStartIndex();
        char next = peek(1);
        // Inline links, full references and the wiki links and footnotes of extensions are not bare references.
        if (next == '(' || next == '[' || next == ']' || opener.isBracketAfter()
                || open + 1 < input.length() && input.charAt(open + 1) == '^' || open > 0 && input.charAt(open - 1) == '[') {
            return false;
        }
        Delimiter before = opener.getPreviousDelimiter();
        if (before == null) return false; // Flexmark's check looks no further either
        int start = opener.isImage() ? open - 1 : open;
        BasedSequence ref = input.subSequence(start, index + 1);
        if (referenceRepository.containsKey(Escaping.normalizeReferenceChars(ref, true))) return false;
        for (Delimiter inner = before.getNext(); inner != null && inner.getEndIndex() < index + 1; inner = inner.getNext()) {
            if (inner.getEndIndex() >= start && !inner.isMatched()) return true;
        }
        return false;
    }

    /**
     * Flexmark's autolinks, except that an e-mail address in angle brackets must be one by the spec
     * (CommonMark 0.31, 6.5): Flexmark also takes backslash escapes, so {@code <foo\+@bar.example.com>}
     * became a mail link with a backslash in it, where the spec's reading is the text as written.
     */
    @Override
    public boolean parseAutolink() {
        int start = index;
        if (!super.parseAutolink()) return false;
        Node added = block.getLastChild();
        if (added instanceof MailLink mail && !EMAIL.matcher(mail.getText()).matches()) {
            added.unlink();
            index = start;
            return false;
        }
        return true;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) return null;
        BasedSequence[] results = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i < results.length; i++) {
            results[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i)); // -1: the group did not take part
        }
        return results;
    }

    private static VarHandle lastBracket() {
        try {
            return MethodHandles.privateLookupIn(InlineParserImpl.class, MethodHandles.lookup())
                    .findVarHandle(InlineParserImpl.class, "lastBracket", Bracket.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Flexmark's inline parser has changed: " + e, e);
        }
    }

    /** The matcher after a match at or after the current index (which then moves past it), or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) return null;
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) return null;
        index = m.end();
        return m;
    }
}
