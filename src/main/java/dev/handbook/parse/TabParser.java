package dev.handbook.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@link Tab}s as pymdownx.tabbed does: a line {@code === "Label"} (indented by up to three
 * spaces; {@code ===!}, {@code ===+} or both in either order), which may interrupt a paragraph, and
 * then every line indented by four spaces, blank lines between them included; the first line that
 * is less indented ends the tab (there is no lazy continuation). The label is what stands between
 * the first and the last quote. Such a line is a paragraph in CommonMark, and no line of a setext
 * heading: an underline holds nothing but {@code =}. {@link #group} then gathers consecutive tabs
 * into {@link TabSet}s.
 */
final class TabParser extends AbstractBlockParser {
    private static final int CONTENT_INDENT = 4;
    private static final Pattern START = Pattern.compile("^(===(?:[!+]|!\\+|\\+!)?)[ \\t]+\"(.*)\"[ \\t]*$");
    /** The page's tabs in the order written, so that grouping them needs no walk over the tree. */
    private static final NullableDataKey<List<Tab>> TABS = new NullableDataKey<>("HANDBOOK_TABS");

    private final Tab block = new Tab();

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
        if (state.isBlank()) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        if (state.getIndent() >= CONTENT_INDENT) return BlockContinue.atColumn(state.getColumn() + CONTENT_INDENT);
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    /** Whether the text of a line from {@code i} on opens a tab: the cheap test first, as for every line of every page. */
    static Matcher start(CharSequence line, int i) {
        if (i + 3 > line.length() || line.charAt(i) != '=' || line.charAt(i + 1) != '=' || line.charAt(i + 2) != '=') {
            return null;
        }
        Matcher m = START.matcher(line.subSequence(i, line.length()).toString().stripTrailing());
        return m.matches() ? m : null;
    }

    /**
     * Gathers each run of consecutive tabs (blank lines between them are no break) into a
     * {@link TabSet}; a tab marked {@code ===!} starts a new one.
     */
    static void group(Document doc) {
        List<Tab> tabs = TABS.get(doc);
        if (tabs == null) return;
        for (Tab tab : tabs) {
            Node before = tab.getPrevious();
            if (before instanceof TabSet set && !tab.startsSet()) {
                tab.unlink();
                set.appendChild(tab);
            } else {
                TabSet set = new TabSet();
                tab.insertBefore(set);
                tab.unlink();
                set.appendChild(tab);
            }
        }
        for (Tab tab : tabs) {
            if (tab.getParent() instanceof TabSet set) set.setCharsFromContent();
        }
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
            Matcher m = start(line, start);
            if (m == null) return BlockStart.none();
            TabParser parser = new TabParser();
            parser.block.openingMarker = line.subSequence(start + m.start(1), start + m.end(1));
            parser.block.label = line.subSequence(start + m.start(2), start + m.end(2));
            List<Tab> tabs = TABS.get(state.getProperties());
            if (tabs == null) {
                tabs = new ArrayList<>();
                state.getProperties().set(TABS, tabs);
            }
            tabs.add(parser.block);
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
