package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.config.SiteConfig;
import dev.handbook.model.Messages;

import java.util.List;

/**
 * What the Markdown stage needs to know about the build: the audiences (widest first), the
 * edition being built, the raw-HTML policy, and whether to mark elements with their source
 * position for {@code handbook check} (see {@link dev.handbook.model.SourceMarks}), and the words the
 * stage writes itself in the site's language.
 */
public record ParseSettings(List<String> audiences, String edition, RawHtmlPolicy rawHtml, boolean sourceMarks,
                            ParseLabels labels) {
    public ParseSettings {
        audiences = List.copyOf(audiences);
        if (!audiences.contains(edition)) throw new IllegalArgumentException("unknown edition " + edition);
        java.util.Objects.requireNonNull(labels, "labels");
    }

    public ParseSettings(List<String> audiences, String edition, RawHtmlPolicy rawHtml) {
        this(audiences, edition, rawHtml, false, ParseLabels.ENGLISH);
    }

    public ParseSettings withSourceMarks(boolean marks) {
        return new ParseSettings(audiences, edition, rawHtml, marks, labels);
    }

    /** Settings with English labels, for a parser that does not write the site (a new page's check). */
    public static ParseSettings of(SiteConfig config, String edition) {
        return new ParseSettings(config.audiences(), edition, config.rawHtml());
    }

    public static ParseSettings of(SiteConfig config, String edition, Messages messages) {
        return new ParseSettings(config.audiences(), edition, config.rawHtml(), false, ParseLabels.of(messages));
    }

    /** Whether content for {@code audience} belongs in this edition (narrower editions hold wider content). */
    boolean visible(String audience) {
        int rank = audiences.indexOf(audience);
        return rank >= 0 && rank <= audiences.indexOf(edition);
    }
}
