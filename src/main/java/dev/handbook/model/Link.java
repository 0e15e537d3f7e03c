package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.Objects;
import java.util.Optional;

/**
 * A link written in a page that points inside the handbook. The Markdown stage leaves a hole for
 * it in the page's HTML (see {@link Body}), so the link can be filled in once every page is known:
 * with its relative URL, or as plain text when the target is not in the edition being built.
 *
 * @param index  position in {@link Body#links()}, the number used in the hole markers
 * @param kind   how the target was written
 * @param target for {@code PATH}: a normalised path under content/ ({@code roles/em.md}, {@code roles/});
 *               for {@code REF}: {@code type:slug}
 * @param anchor the {@code #fragment} without '#', or empty
 * @param image  true for an image, whose hole stands for the whole {@code <img>} tag
 * @param alt    for images the alt text, for links empty
 * @param title  the title the author gave the link or image ({@code [x](y.md "title")}), or empty
 * @param attributes further attributes of the element, from an attribute list ({@code {: .class}}):
 *               names and values as written, already checked to be safe, in the order to write them
 * @param needsTitle true for a {@code [[type:slug]]} written without text: the target's title fills it
 * @param pos    where the link was written
 * @param raw    for {@code PATH}: the destination as written, before the anchor, undecoded
 *               ({@code ../ways/retro/}); the resolver reads it relative to the page's URL too, as the
 *               generator it was written for did. For {@code REF} the same as {@code target}.
 */
public record Link(int index, Kind kind, String target, String anchor, boolean image, String alt, String title,
                   java.util.Map<String, String> attributes, boolean needsTitle, SourcePos pos, String raw) {
    public enum Kind { PATH, REF }

    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(title, "title");
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(raw, "raw");
    }

    /** A link whose written form is its target (a reference, or a path written already normalised). */
    public Link(int index, Kind kind, String target, String anchor, boolean image, String alt, String title,
                java.util.Map<String, String> attributes, boolean needsTitle, SourcePos pos) {
        this(index, kind, target, anchor, image, alt, title, attributes, needsTitle, pos, target);
    }

    public Optional<String> anchorIfAny() {
        return anchor.isEmpty() ? Optional.empty() : Optional.of(anchor);
    }

    /** The link as the author wrote it, for messages. */
    public String written() {
        String base = kind == Kind.REF ? "[[" + target + "]]" : raw;
        return anchor.isEmpty() ? base : base + "#" + anchor;
    }
}
