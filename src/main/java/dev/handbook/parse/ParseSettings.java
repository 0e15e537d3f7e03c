package dev.handbook.parse;

import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.config.SiteConfig;

import java.util.List;

/**
 * What the Markdown stage needs to know about the build: the audiences (widest first), the
 * edition being built, the raw-HTML policy, and whether to mark elements with their source
 * position for {@code handbook check} (see {@link dev.handbook.model.SourceMarks}).
 */
public record ParseSettings(List<String> audiences, String edition, RawHtmlPolicy rawHtml, boolean sourceMarks) {
    public ParseSettings {
        audiences = List.copyOf(audiences);
        if (!audiences.contains(edition)) throw new IllegalArgumentException("unknown edition " + edition);
    }

    public ParseSettings(List<String> audiences, String edition, RawHtmlPolicy rawHtml) {
        this(audiences, edition, rawHtml, false);
    }

    public ParseSettings withSourceMarks(boolean marks) {
        return new ParseSettings(audiences, edition, rawHtml, marks);
    }

    public static ParseSettings of(SiteConfig config, String edition) {
        return new ParseSettings(config.audiences(), edition, config.rawHtml());
    }

    /** Whether content for {@code audience} belongs in this edition (narrower editions hold wider content). */
    boolean visible(String audience) {
        int rank = audiences.indexOf(audience);
        return rank >= 0 && rank <= audiences.indexOf(edition);
    }
}
