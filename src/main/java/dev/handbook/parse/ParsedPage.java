package dev.handbook.parse;

import dev.handbook.model.Body;
import dev.handbook.model.Value;

import java.util.Objects;
import java.util.Optional;

/**
 * One Markdown file after parsing, before anything is known about other files.
 *
 * @param path         path under content/
 * @param displayPath  path shown in diagnostics
 * @param frontMatter  the front matter as written (empty when there is none)
 * @param body         the Markdown as an HTML fragment with holes
 * @param leadingTitle text of the page's leading {@code # heading}, the title when front matter has none
 */
public record ParsedPage(String path, String displayPath, Value.Dict frontMatter, Body body,
                         Optional<String> leadingTitle) {
    public ParsedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(leadingTitle, "leadingTitle");
    }

    public ParsedPage withBody(Body newBody) {
        return new ParsedPage(path, displayPath, frontMatter, newBody, leadingTitle);
    }
}
