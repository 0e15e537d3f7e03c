package dev.handbook.model;

/**
 * A file beside the pages (an image, a PDF) that the site copies as it is.
 *
 * @param path     path under content/, which is also its path in the site
 * @param audience the widest audience that may read it (from the cascade of its folder)
 */
public record StaticFile(String path, String displayPath, String audience) {
}
