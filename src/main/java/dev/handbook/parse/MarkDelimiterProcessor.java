package dev.handbook.parse;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * {@code ==text==} to {@link Mark}, by the rules CommonMark gives {@code __} (pymdownx.mark's
 * "smart" mode, MkDocs Material's default): a run of exactly two {@code =} opens when it is
 * left-flanking and not inside a word, and closes when right-flanking and not inside a word. So
 * {@code a == b}, {@code x==y} and {@code ===} stay the text they are, as CommonMark reads them.
 */
final class MarkDelimiterProcessor implements DelimiterProcessor {
    @Override
    public char getOpeningCharacter() {
        return '=';
    }

    @Override
    public char getClosingCharacter() {
        return '=';
    }

    @Override
    public int getMinLength() {
        return 2;
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
        return opener.length() == 2 && closer.length() == 2 ? 2 : 0;
    }

    @Override
    public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
        Mark mark = new Mark(opener.getTailChars(delimitersUsed), BasedSequence.NULL, closer.getLeadChars(delimitersUsed));
        opener.moveNodesBetweenDelimitersTo(mark, closer);
    }

    @Override
    public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
        return null;
    }

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                               boolean afterIsWhiteSpace) {
        return leftFlanking && (!rightFlanking || beforeIsPunctuation);
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                               boolean afterIsWhiteSpace) {
        return rightFlanking && (!leftFlanking || afterIsPunctuation);
    }

    @Override
    public boolean skipNonOpenerCloser() {
        return false;
    }

    /** Registers the processor with Flexmark. */
    static final class Extension implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customDelimiterProcessor(new MarkDelimiterProcessor());
        }
    }
}
