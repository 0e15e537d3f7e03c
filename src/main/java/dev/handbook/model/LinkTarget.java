package dev.handbook.model;

/** Where an internal link of a page leads, once every page of the edition is known. */
public sealed interface LinkTarget {
    /** To a page of the edition, with an optional anchor ("" for none). */
    record ToPage(int page, String anchor) implements LinkTarget {
    }

    /** To a static file, by its path in the site. */
    record ToFile(String outputPath) implements LinkTarget {
    }

    /**
     * To something this edition does not contain (a restricted page or file, or a draft): the link
     * renders as its text only, without URL or the target's title.
     */
    record Hidden() implements LinkTarget {
    }

    /** To nothing; the resolver reported an error. */
    record Broken() implements LinkTarget {
    }
}
