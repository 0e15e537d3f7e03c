package dev.handbook.config;

import dev.handbook.diag.SourcePos;
import dev.handbook.model.Value;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one handbook, from {@code handbook.yml}, every one with a default so a folder with
 * only {@code content/*.md} builds.
 *
 * @param title        site title shown in the header
 * @param description  one line under the title on the home page
 * @param baseUrl      absolute URL where the site is published, for sitemap.xml, canonical and Open Graph
 *                     URLs and the 404 page's links; other links stay relative
 * @param theme        name of the theme folder under {@code themes/}
 * @param editUrl      edit-link pattern with {@code {path}}, e.g. {@code https://github.com/acme/hb/edit/main/{path}}
 * @param language     the language of the site's words (the theme's {@code i18n/<language>.yml}) and the
 *                     {@code lang} of every page, as written ({@code de}, {@code de-CH})
 * @param languagePos  where handbook.yml sets {@code language}, for an unknown one
 * @param audiences    audience names, widest first; a narrower edition contains the wider ones
 * @param reviewEveryDays days after which a page's {@code reviewed} date is overdue
 * @param rawHtml      what happens to HTML written in Markdown
 * @param defaults     front-matter values every page gets unless it or a cascade sets them
 * @param sprintWeeks  how many weeks a sprint lasts, for rituals held "per sprint"
 * @param check        what {@code handbook check} silences and how it checks external links
 * @param branding     the logo and favicon, when handbook.yml names them
 * @param messages     the theme's words this handbook replaces ({@code messages:}), by key, as written
 * @param recent       what the "Recently changed" page and its feed list
 * @param content      sidebar order and labels, redirects, field names, acronyms and link style
 */
public record SiteConfig(String title, String description, Optional<String> baseUrl, String theme,
                         Optional<String> editUrl, String language, SourcePos languagePos, List<String> audiences,
                         int reviewEveryDays, RawHtmlPolicy rawHtml, Value.Dict defaults, int sprintWeeks,
                         CheckSettings check, Branding branding, RecentSettings recent,
                         ContentSettings content, Value.Dict messages) {
    public static final String FILE_NAME = "handbook.yml";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(editUrl, "editUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(languagePos, "languagePos");
        audiences = List.copyOf(audiences);
        if (audiences.isEmpty()) throw new IllegalArgumentException("at least one audience");
        Objects.requireNonNull(rawHtml, "rawHtml");
        Objects.requireNonNull(defaults, "defaults");
        if (sprintWeeks < 1) throw new IllegalArgumentException("sprintWeeks");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(messages, "messages");
    }

    public static SiteConfig standard() {
        SourcePos file = SourcePos.file(FILE_NAME);
        return new SiteConfig("Handbook", "", Optional.empty(), "default", Optional.empty(), "en", file,
                List.of("everyone"), 180, RawHtmlPolicy.SANITIZE, Value.Dict.empty(file), 2, CheckSettings.standard(),
                Branding.none(), RecentSettings.standard(), ContentSettings.standard(), Value.Dict.empty(file));
    }

    /** The widest audience, whose edition is built by default. */
    public String widestAudience() {
        return audiences.get(0);
    }
}
