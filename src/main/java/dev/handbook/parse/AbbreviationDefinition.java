package dev.handbook.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A line {@code *[SLA]: Service level agreement}, as PHP Markdown Extra, Python-Markdown's abbr
 * and so MkDocs write it: the word, and what it stands for. The line itself shows nothing; each
 * occurrence of the word in the page's text becomes {@code <abbr title="...">} (see {@link Abbreviations}).
 */
final class AbbreviationDefinition extends Block {
    BasedSequence word = BasedSequence.NULL;
    BasedSequence expansion = BasedSequence.NULL;

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[]{word, expansion};
    }
}
