package dev.handbook.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses audience blocks: a line {@code ::: audience NAME} opens one, a line {@code :::} closes the
 * innermost open one, and everything between is ordinary Markdown, other blocks included.
 * {@link AudienceFilter} has already blanked what the edition may not read and rewritten every fence
 * line it understood to the spelling matched here. A {@code :::} line that closed no block (inside
 * a list item, say) stays text, so no fence is ever swallowed unseen.
 */
final class AudienceBlockParser extends AbstractBlockParser {
    private static final Pattern OPEN = Pattern.compile("^:::\\s*audience\\s+(\\S+)\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^:::\\s*$");

    /** Where the line that last closed a block starts, so only that line is taken as a fence end. */
    private static final DataKey<Integer> CLOSED_AT = new DataKey<>("AUDIENCE_BLOCK_CLOSED_AT", -1);

    private final AudienceBlock block = new AudienceBlock();

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
        if (isCloseLine(state) && !holdsOpenBlock(state)) {
            // Flexmark's finished() would leave the block's open children dangling; none() closes
            // them all, and the fence line itself is then consumed by a FenceEnd block.
            block.closed = true;
            state.getProperties().set(CLOSED_AT, state.getLineStart());
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** Whether an audience block nested in this one is open: a closing line is then the inner one's. */
    private boolean holdsOpenBlock(ParserState state) {
        boolean inside = false;
        for (BlockParser p : state.getActiveBlockParsers()) {
            if (p == this) inside = true;
            else if (inside && p instanceof AudienceBlockParser) return true;
        }
        return false;
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    static boolean isCloseLine(ParserState state) {
        return state.getIndent() < 4 && startsWithFence(state)
                && CLOSE.matcher(state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEnd()).matches();
    }

    /**
     * Whether the line's text starts with {@code :::}, as both fence lines do. Every line of every page
     * is asked whether it opens a block; this answers most of them without a regular expression.
     */
    private static boolean startsWithFence(ParserState state) {
        BasedSequence line = state.getLine();
        int i = state.getNextNonSpaceIndex();
        return i + 3 <= line.length() && line.charAt(i) == ':' && line.charAt(i + 1) == ':' && line.charAt(i + 2) == ':';
    }

    /** The closing {@code :::} line: consumed so it never shows as text, rendered as nothing. */
    static final class FenceEnd extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class FenceEndParser extends AbstractBlockParser {
        private final FenceEnd block = new FenceEnd();

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setCharsFromContent();
        }
    }

    static final class Factory extends StandaloneBlockFactory {
        Factory() {
            super(StartFactory::new);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4 || !startsWithFence(state)) return BlockStart.none();
            BasedSequence line = state.getLine();
            if (isCloseLine(state)) {
                boolean closedABlock = state.getProperties().get(CLOSED_AT) == state.getLineStart();
                return closedABlock ? BlockStart.of(new FenceEndParser()).atIndex(line.length()) : BlockStart.none();
            }
            int start = state.getNextNonSpaceIndex();
            BasedSequence rest = line.subSequence(start).trimEnd();
            Matcher m = OPEN.matcher(rest);
            if (!m.matches()) return BlockStart.none();
            AudienceBlockParser parser = new AudienceBlockParser();
            parser.block.audience = m.group(1);
            parser.block.openingOffset = line.getStartOffset() + start;
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
