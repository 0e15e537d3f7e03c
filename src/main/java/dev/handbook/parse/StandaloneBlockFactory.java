package dev.handbook.parse;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Set;
import java.util.function.Function;

/**
 * Registers one of our block parsers with Flexmark: it has no ordering constraints against other
 * block parsers and keeps no document-wide state, which is all Flexmark's factory interface asks.
 */
class StandaloneBlockFactory implements CustomBlockParserFactory {
    private final Function<DataHolder, BlockParserFactory> starts;

    StandaloneBlockFactory(Function<DataHolder, BlockParserFactory> starts) {
        this.starts = starts;
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

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return starts.apply(options);
    }
}
