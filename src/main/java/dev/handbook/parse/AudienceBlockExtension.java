package dev.handbook.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Registers the {@code ::: audience NAME} block with Flexmark. */
final class AudienceBlockExtension implements Parser.ParserExtension {
    static AudienceBlockExtension create() {
        return new AudienceBlockExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AudienceBlockParser.Factory());
    }
}
