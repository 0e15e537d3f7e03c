package dev.handbook.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's own inline parser, except for how it reads a regular expression's match. Flexmark took
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

    private RegionInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
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
