package dev.handbook.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@link AbbreviationDefinition}s: a line {@code *[WORD]: expansion}, indented by up to three
 * spaces, with a word that holds no bracket and an expansion that is not empty. As in Python-Markdown,
 * the line may follow a paragraph line directly. Without this parser such a line is a paragraph
 * (CommonMark): a line without {@code ]:} after the word, or with nothing after it, still is.
 */
final class AbbreviationParser extends AbstractBlockParser {
    /** The page's definitions in the order written, so nobody has to walk the tree to find them. */
    static final NullableDataKey<List<AbbreviationDefinition>> DEFINED = new NullableDataKey<>("HANDBOOK_ABBREVIATIONS");

    private final AbbreviationDefinition block = new AbbreviationDefinition();

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none(); // one line
    }

    @Override
    public void closeBlock(ParserState state) {
    }

    /** The offset just past {@code ]:} of a definition starting at {@code i}, or -1 when the line holds none. */
    static int wordEnd(CharSequence line, int i) {
        int n = line.length();
        if (i + 4 >= n || line.charAt(i) != '*' || line.charAt(i + 1) != '[') return -1;
        for (int j = i + 2; j < n; j++) {
            char c = line.charAt(j);
            if (c == ']') return j > i + 2 && j + 1 < n && line.charAt(j + 1) == ':' ? j + 2 : -1;
            if (c == '[' || c == '\n' || c == '\r') return -1;
        }
        return -1;
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            int end = wordEnd(line, start);
            if (end < 0) return BlockStart.none();
            BasedSequence word = line.subSequence(start + 2, end - 2).trim();
            BasedSequence expansion = line.subSequence(end).trim();
            if (word.isEmpty() || expansion.isEmpty()) return BlockStart.none();
            AbbreviationParser parser = new AbbreviationParser();
            parser.block.word = word;
            parser.block.expansion = expansion;
            parser.block.setChars(line.subSequence(start, line.length()).trimEnd());
            List<AbbreviationDefinition> defined = DEFINED.get(state.getProperties());
            if (defined == null) {
                defined = new ArrayList<>();
                state.getProperties().set(DEFINED, defined);
            }
            defined.add(parser.block);
            return BlockStart.of(parser).atIndex(line.length());
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

    /** A class of its own: Flexmark orders block parsers by their factories' classes. */
    static final class Factory extends StandaloneBlockFactory {
        Factory() {
            super(StartFactory::new);
        }
    }
}
