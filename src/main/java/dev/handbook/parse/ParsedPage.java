package dev.handbook.parse;

import dev.handbook.model.Body;
import dev.handbook.model.Value;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One Markdown file after parsing, before anything is known about other files.
 *
 * @param path         path under content/
 * @param displayPath  path shown in diagnostics
 * @param frontMatter  the front matter as written (empty when there is none)
 * @param body         the Markdown as an HTML fragment with holes
 * @param leadingTitle text of the page's leading {@code # heading}, the title when front matter has none
 * @param hiddenFileNames names of files (lower case) that the audience blocks this edition leaves out
 *                     mention: a file of a public folder only they use is left out with them
 * @param withholdsBlocks whether the body has audience blocks this edition leaves out
 */
public record ParsedPage(String path, String displayPath, Value.Dict frontMatter, Body body,
                         Optional<String> leadingTitle, Set<String> hiddenFileNames, boolean withholdsBlocks) {
    public ParsedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(leadingTitle, "leadingTitle");
        hiddenFileNames = Set.copyOf(hiddenFileNames);
    }

    public ParsedPage(String path, String displayPath, Value.Dict frontMatter, Body body, Optional<String> leadingTitle) {
        this(path, displayPath, frontMatter, body, leadingTitle, Set.of(), false);
    }

    /**
     * Whether {@code other} differs from this page only in what no other page and no other stage
     * reads: the HTML of its body (and its headings, shown only in its own table of contents). The
     * front matter, the leading title, the links and anchors and the ids other pages may link to are
     * the same, positions included, so resolving the site gives the same site with this page's body
     * replaced, and every other page renders as before.
     */
    public boolean sameShape(ParsedPage other) {
        return frontMatter.equals(other.frontMatter) && leadingTitle.equals(other.leadingTitle)
                && body.links().equals(other.body.links()) && body.anchorLinks().equals(other.body.anchorLinks())
                && body.ids().equals(other.body.ids()) && hiddenFileNames.equals(other.hiddenFileNames)
                && withholdsBlocks == other.withholdsBlocks;
    }

    public ParsedPage withBody(Body newBody) {
        return new ParsedPage(path, displayPath, frontMatter, newBody, leadingTitle, hiddenFileNames, withholdsBlocks);
    }
}
