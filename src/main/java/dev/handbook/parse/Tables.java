package dev.handbook.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Set;

/**
 * Flexmark's GFM tables, with two differences: the paragraph pre-processor that finds tables is
 * made once per parser, not once per page. Making it formats and compiles its separator-line
 * regular expression, 3% of parsing a page; it keeps nothing of the page it reads (its fields are
 * the parser's options and that pattern), so one serves every page and thread; and it is asked only
 * about paragraphs that start like a table row. Rendering is the extension's own.
 */
final class Tables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = TablesExtension.create();

    static Tables create() {
        return new Tables();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Once(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    /**
     * The pre-processor, asked only about a paragraph whose first line holds a '|': it gives up on any
     * other at once, but only after reading that line character by character through Flexmark's
     * sequences (2.5% of parsing a page under the quick JIT).
     */
    private record PipeFirst(ParagraphPreProcessor tables) implements ParagraphPreProcessor {
        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            List<BasedSequence> lines = block.getContentLines();
            boolean row = !lines.isEmpty() && MarkdownConverter.contains(lines.get(0), '|');
            return row ? tables.preProcessBlock(block, state) : 0;
        }
    }

    /** A factory handing out the first pre-processor it made, with the wrapped factory's ordering. */
    private static final class Once implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory factory;
        private volatile ParagraphPreProcessor made;

        Once(ParagraphPreProcessorFactory factory) {
            this.factory = factory;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor p = made;
            if (p == null) made = p = new PipeFirst(factory.apply(state));
            return p;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return factory.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return factory.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return factory.affectsGlobalScope();
        }
    }
}
