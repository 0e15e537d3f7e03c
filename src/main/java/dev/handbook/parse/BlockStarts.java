package dev.handbook.parse;

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
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every block parser of a Markdown parser behind one Flexmark factory. On every line of a page,
 * Flexmark asks each block factory in turn whether a block starts there, and it makes all the
 * factories anew for every page. Making them compiled the heading parser's regular expressions for
 * each page, and three of Flexmark's own factories (headings, fenced code, thematic breaks) ran a
 * regular expression on every line, though each of their blocks can only start with a few
 * characters. Here the factories are made once per parser and shared by its pages and threads
 * (they keep nothing of a page), asked in the order Flexmark itself resolves for them, and those
 * three are asked only on a line whose first non-space character could start their block. Every
 * line becomes what it became before.
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

    /** The block factories in Flexmark's order, each with the characters its block can start with (null: any). */
    private static final class Starts implements BlockParserFactory {
        private final BlockParserFactory[] factories;
        private final String[] firsts;

        Starts(List<CustomBlockParserFactory> ordered, DataHolder options) {
            factories = new BlockParserFactory[ordered.size()];
            firsts = new String[ordered.size()];
            for (int i = 0; i < factories.length; i++) {
                factories[i] = ordered.get(i).apply(options);
                firsts[i] = firstCharacters(ordered.get(i));
            }
        }

        /**
         * What a factory's block may start with, for the three that test each line with a regular
         * expression anchored at the first non-space character: ATX ({@code #}) and setext
         * ({@code =}, {@code -}) headings, fences ({@code `}, {@code ~}) and thematic breaks.
         */
        private static String firstCharacters(CustomBlockParserFactory f) {
            if (f instanceof HeadingParser.Factory) return "#=-";
            if (f instanceof FencedCodeBlockParser.Factory) return "`~";
            if (f instanceof ThematicBreakParser.Factory) return "*_-";
            return null;
        }

        /** What Flexmark's own loop over the factories does, without asking those that cannot start a block here. */
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BlockParser open = matched.getBlockParser();
            char first = state.getLine().safeCharAt(state.getNextNonSpaceIndex());
            for (int i = 0; i < factories.length; i++) {
                if (firsts[i] != null && firsts[i].indexOf(first) < 0) continue;
                if (!open.canInterruptBy(factories[i])) continue;
                BlockStart start = factories[i].tryStart(state, matched);
                if (start instanceof BlockStartImpl) return start;
            }
            return BlockStart.none();
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
