package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the edition being built, after cascades and defaults were applied.
 *
 * @param index       position in reading order (the site's page list); also the page's id in {@link NavTree}
 * @param path        source path under content/ ({@code roles/em.md}); a folder without an index page
 *                    gets a generated section whose path is the folder with a trailing '/'
 * @param displayPath path shown in diagnostics
 * @param url         site-relative folder of the page ({@code roles/em/}; the home page is "")
 * @param kind        home, section or ordinary page
 * @param slug        the last part of the URL, used by {@code [[type:slug]]} references
 * @param type        the page's type ({@code page} unless front matter or a cascade says otherwise)
 * @param audience    the widest audience that may read the page
 * @param fields      the effective front matter: the page's own, over cascades, over site defaults
 * @param pos         where the page starts, for diagnostics about the whole page
 */
public record Page(int index, String path, String displayPath, String url, Kind kind, String slug, String title,
                   String description, int weight, List<String> tags, String type, Optional<String> owner,
                   Optional<LocalDate> reviewed, String audience, Value.Dict fields, Body body, SourcePos pos) {
    public enum Kind { HOME, SECTION, PAGE }

    /** Weight of a page that sets none: after every weighted page. */
    public static final int NO_WEIGHT = Integer.MAX_VALUE / 2;

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        tags = List.copyOf(tags);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(pos, "pos");
    }

    /** The file this page is written to, relative to the site root. */
    public String outputPath() {
        return url + "index.html";
    }

    public Page withIndex(int newIndex) {
        return new Page(newIndex, path, displayPath, url, kind, slug, title, description, weight, tags, type, owner,
                reviewed, audience, fields, body, pos);
    }

    public Page withBody(Body newBody) {
        return new Page(index, path, displayPath, url, kind, slug, title, description, weight, tags, type, owner,
                reviewed, audience, fields, newBody, pos);
    }
}
