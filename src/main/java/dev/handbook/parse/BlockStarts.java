package dev.handbook.parse;

import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.BlockStartImpl;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every block parser of a Markdown parser behind one Flexmark factory. On every line of a page,
 * Flexmark asks each block factory in turn whether a block starts there, and it makes all the
 * factories anew for every page. Making them compiled the heading parser's regular expressions for
 * each page, and three of Flexmark's own factories (headings, fenced code, thematic breaks) ran a
 * regular expression on every line, as did the footnotes extension, though each of their blocks
 * can only start with a few characters. Here the factories are made once per parser and shared by
 * its pages and threads (they keep nothing of a page), asked in the order Flexmark itself resolves
 * for them, and those four are asked only about a line that could start their block (see
 * {@link LineTest}). Every line becomes what it became before.
 */
final class BlockStarts implements CustomBlockParserFactory {
    /** Flexmark's own block parsers, each turned off here and asked through this factory instead. */
    private static final List<DataKey<Boolean>> CORE = List.of(Parser.BLOCK_QUOTE_PARSER, Parser.HEADING_PARSER,
            Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER, Parser.THEMATIC_BREAK_PARSER,
            Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    private final List<CustomBlockParserFactory> ordered;
    private volatile Made made;

    private BlockStarts(List<CustomBlockParserFactory> ordered) {
        this.ordered = List.copyOf(ordered);
    }

    /**
     * A parser builder for {@code options} (extensions included) whose block parsers are asked
     * through one {@link BlockStarts}. Block parsers must come from the extensions; one registered
     * on the builder afterwards is refused.
     */
    static Parser.Builder builder(DataHolder options) {
        return new Builder(options);
    }

    /** The factories made for one set of parser options: Flexmark passes its parser's options, the same every page. */
    private record Made(DataHolder options, Starts starts) {
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        Made m = made;
        if (m == null || m.options() != options) made = m = new Made(options, new Starts(ordered, options));
        return m.starts();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    /** The block factories in Flexmark's order, each with the test a line must pass to be worth asking it about (null: none). */
    private static final class Starts implements BlockParserFactory {
        private final BlockParserFactory[] factories;
        private final LineTest[] tests;

        Starts(List<CustomBlockParserFactory> ordered, DataHolder options) {
            factories = new BlockParserFactory[ordered.size()];
            tests = new LineTest[ordered.size()];
            for (int i = 0; i < factories.length; i++) {
                factories[i] = ordered.get(i).apply(options);
                tests[i] = LineTest.of(ordered.get(i));
            }
        }

        /** What Flexmark's own loop over the factories does, without asking those that cannot start a block here. */
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BlockParser open = matched.getBlockParser();
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            for (int i = 0; i < factories.length; i++) {
                if (tests[i] != null && !tests[i].mayStart(line, first)) continue;
                if (!open.canInterruptBy(factories[i])) continue;
                BlockStart start = factories[i].tryStart(state, matched);
                if (start instanceof BlockStartImpl) return start;
            }
            return BlockStart.none();
        }
    }

    /**
     * Whether a line may start a block of the factories that test each line with a regular
     * expression anchored at its first non-space character ({@code first}). Each test lets through
     * every line that expression could match, and turns away most others after a character or two:
     * a list item's {@code - } is no setext underline or thematic break.
     */
    private interface LineTest {
        boolean mayStart(BasedSequence line, int first);

        static LineTest of(CustomBlockParserFactory f) {
            if (f instanceof HeadingParser.Factory) return LineTest::heading;
            if (f instanceof FencedCodeBlockParser.Factory) return LineTest::fence;
            if (f instanceof ThematicBreakParser.Factory) return LineTest::thematicBreak;
            if (f instanceof FootnoteBlockParser.Factory) return LineTest::footnote;
            return null;
        }

        /** {@code #} (ATX), or a run of {@code =} or {@code -} with nothing but blanks after it (setext). */
        private static boolean heading(BasedSequence line, int first) {
            char c = line.safeCharAt(first);
            if (c == '#') return true;
            if (c != '=' && c != '-') return false;
            int i = first;
            while (line.safeCharAt(i) == c) i++;
            return blankFrom(line, i);
        }

        /** Three backticks or tildes. */
        private static boolean fence(BasedSequence line, int first) {
            char c = line.safeCharAt(first);
            return (c == '`' || c == '~') && line.safeCharAt(first + 1) == c && line.safeCharAt(first + 2) == c;
        }

        /** Three or more of {@code *}, {@code _} or {@code -}, with only blanks between and after them. */
        private static boolean thematicBreak(BasedSequence line, int first) {
            char c = line.safeCharAt(first);
            if (c != '*' && c != '_' && c != '-') return false;
            int marks = 0;
            int i = first;
            for (char d = c; d == c || d == ' ' || d == '\t'; d = line.safeCharAt(++i)) {
                if (d == c) marks++;
            }
            return marks >= 3 && blankFrom(line, i);
        }

        /** {@code [^}. */
        private static boolean footnote(BasedSequence line, int first) {
            return line.safeCharAt(first) == '[' && line.safeCharAt(first + 1) == '^';
        }

        /**
         * Whether only spaces and tabs follow {@code from}, up to the end or to a character that may
         * end a line for a regular expression's {@code $}.
         */
        private static boolean blankFrom(BasedSequence line, int from) {
            int i = from;
            while (line.safeCharAt(i) == ' ' || line.safeCharAt(i) == '\t') i++;
            char c = line.safeCharAt(i);
            return i >= line.length() || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
    }

    /**
     * Collects the block parser factories the extensions register while Flexmark's builder loads
     * them, which happens inside its constructor, before this class's fields are initialised: hence
     * fields without initialisers. Then it puts them, with Flexmark's own, in the order Flexmark
     * would, turns Flexmark's own off and registers one {@link BlockStarts} for all of them.
     */
    private static final class Builder extends Parser.Builder {
        private List<CustomBlockParserFactory> registered;
        private boolean sealed;

        Builder(DataHolder options) {
            super(options);
            DataHolder before = toImmutable();
            List<CustomBlockParserFactory> ordered = com.vladsch.flexmark.parser.internal.DocumentParser
                    .calculateBlockParserFactories(before,
                    registered == null ? List.of() : registered);
            for (CustomBlockParserFactory f : ordered) {
                SpecialLeadInHandler escaper = f.getLeadInHandler(before);
                if (escaper != null) specialLeadInHandler(escaper); // as Flexmark collects them, for Markdown output
            }
            for (DataKey<Boolean> core : CORE) set(core, false);
            super.customBlockParserFactory(new BlockStarts(ordered));
            sealed = true;
        }

        @Override
        public Parser.Builder customBlockParserFactory(CustomBlockParserFactory factory) {
            if (sealed) throw new IllegalStateException("register block parsers through an extension");
            if (registered == null) registered = new ArrayList<>();
            registered.add(factory);
            return this;
        }
    }
}
