package dev.handbook.parse;

import dev.handbook.model.Messages;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The few words the Markdown stage writes itself, from the site's {@link Messages}: the label of a
 * heading's self-link, the "Managers only" of an audience block, and the title of an admonition
 * written without one ({@code !!! warning} is titled "Warning").
 *
 * @param headingAnchor the {@code aria-label} of a heading's self-link
 * @param audienceOnly  the label of an audience block, {@code {audience}} standing for its audience
 * @param admonitions   an admonition type to its title; a type not listed is titled with its own name
 */
public record ParseLabels(String headingAnchor, String audienceOnly, Map<String, String> admonitions) {
    /**
     * The English words, as the theme's en.yml has them, for a parser made without the theme's
     * messages (tests, {@code handbook new}); {@code ParseLabelsTest} keeps the two the same.
     */
    public static final ParseLabels ENGLISH = new ParseLabels("Link to this section", "{audience} only", Map.of());
    static final String ADMONITION = "admonition.";

    public ParseLabels {
        Objects.requireNonNull(headingAnchor, "headingAnchor");
        Objects.requireNonNull(audienceOnly, "audienceOnly");
        admonitions = Map.copyOf(admonitions);
    }

    public static ParseLabels of(Messages messages) {
        Map<String, String> admonitions = new TreeMap<>();
        messages.texts().subMap(ADMONITION, ADMONITION + Character.MAX_VALUE)
                .forEach((k, v) -> admonitions.put(k.substring(ADMONITION.length()), v));
        return new ParseLabels(messages.text("heading.anchor_label"), messages.text("audience.only"), admonitions);
    }

    /** The title of an admonition of {@code kind} (lower case) written without one. */
    String admonition(String kind) {
        String title = admonitions.get(kind);
        if (title != null) return title;
        return kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    }

    /** The label of a block for {@code audience} (as it should read, capitalised). */
    String audience(String audience) {
        return Messages.fill(audienceOnly, name -> name.equals("audience") ? java.util.Optional.of(audience)
                : java.util.Optional.empty());
    }
}
