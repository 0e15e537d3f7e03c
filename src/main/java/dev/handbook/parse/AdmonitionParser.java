package dev.handbook.parse;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@link Admonition}s with the syntax and rules of Flexmark's admonition extension (which
 * this replaces): the marker line may interrupt a paragraph and be indented by up to three spaces;
 * the lines right after it belong to the block until the first blank line (lazy continuation), and
 * after that only lines indented by four spaces do. An indented line loses four spaces, whether or
 * not a blank line came before, so that blocks nested in it keep their own indentation.
 *
 * <p>Flexmark's extension compiles its start pattern for every candidate line and loads its icon
 * files for every document, which cost about a third of parsing a page. Here the pattern is
 * compiled once and a line only reaches it when it starts with {@code !!!} or {@code ???}.
 */
final class AdmonitionParser extends AbstractBlockParser {
    private static final int CONTENT_INDENT = 4;
    private static final Pattern START = startPattern();

    private final Admonition block = new Admonition();
    private boolean hadBlankLine;

    private static Pattern startPattern() {
        Parsing parsing = new Parsing(new MutableDataSet());
        return Pattern.compile("^(\\?{3}\\+|\\?{3}|!{3})\\s+(" + parsing.ATTRIBUTENAME + ")(?:\\s+("
                + parsing.LINK_TITLE_STRING + "))?\\s*$");
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            hadBlankLine = true;
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        // Indented content keeps what it has beyond four spaces (a tab's body, code): issue 21.6.
        if (state.getIndent() >= CONTENT_INDENT) return BlockContinue.atColumn(state.getColumn() + CONTENT_INDENT);
        if (!hadBlankLine) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    /** Whether a line could start an admonition: {@code !!!} or {@code ???} at {@code i}. */
    static boolean hasMarker(CharSequence line, int i) {
        if (i + 3 > line.length()) return false;
        char c = line.charAt(i);
        return (c == '!' || c == '?') && line.charAt(i + 1) == c && line.charAt(i + 2) == c;
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= CONTENT_INDENT) return BlockStart.none();
            int start = state.getNextNonSpaceIndex();
            BasedSequence line = state.getLine();
            if (!hasMarker(line, start)) return BlockStart.none();
            Matcher m = START.matcher(line.subSequence(start, line.length()));
            if (!m.find()) return BlockStart.none();
            AdmonitionParser parser = new AdmonitionParser();
            parser.block.openingMarker = line.subSequence(start + m.start(1), start + m.end(1));
            parser.block.info = line.subSequence(start + m.start(2), start + m.end(2));
            if (m.group(3) != null) parser.block.setTitleChars(line.subSequence(start + m.start(3), start + m.end(3)));
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    static final class Factory extends StandaloneBlockFactory {
        Factory() {
            super(StartFactory::new);
        }
    }

    /** Registers the parser with Flexmark. */
    static final class Extension implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customBlockParserFactory(new Factory());
        }
    }
}
