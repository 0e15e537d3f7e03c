package dev.handbook.render;

import dev.handbook.model.Messages;
import dev.handbook.model.Team;
import dev.handbook.model.TypeSchema;

import java.time.Duration;
import java.util.Map;

/**
 * The words the view builders write into views in the site's language: names of page types,
 * lengths of time and team sizes (a ritual's cadence says itself: {@code Cadence.label(Messages)}).
 * Templates write the rest with {@code t}.
 */
final class Words {
    private Words() {
    }

    /**
     * A page type's name: the messages' {@code type.NAME.label} for a type of the theme (or a page
     * kind), the schema's own label for a type the handbook's theme folder defines.
     */
    static String label(Messages words, TypeSchema schema, String handbookLayer) {
        return typeWord(words, schema, handbookLayer, "label", schema.label());
    }

    /** The plural of {@link #label}, over the groups of "Linked from". */
    static String plural(Messages words, TypeSchema schema, String handbookLayer) {
        return typeWord(words, schema, handbookLayer, "plural", schema.plural());
    }

    private static String typeWord(Messages words, TypeSchema schema, String handbookLayer, String part,
                                   String written) {
        boolean ownFile = !handbookLayer.isEmpty() && schema.pos().file().startsWith(handbookLayer + "/");
        if (ownFile) return written;
        return words.find("type." + schema.name().replace('-', '_') + "." + part).orElse(written);
    }

    /** "1 h 30 min", "45 min", "2 h". */
    static String duration(Messages words, Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        if (h == 0) return words.format("duration.minutes", Map.of("m", m));
        return m == 0 ? words.format("duration.hours", Map.of("h", h))
                : words.format("duration.hours_minutes", Map.of("h", h, "m", m));
    }

    /** A team's size class: "Small", or "Below four" for a team too small to count as one. */
    static String size(Messages words, Team.SizeClass size) {
        return words.text("team.size_" + sizeKey(size));
    }

    /** The size class as a team's summary line starts: "Small team". */
    static String sizedTeam(Messages words, Team.SizeClass size) {
        return words.text("team.meta_" + sizeKey(size));
    }

    private static String sizeKey(Team.SizeClass size) {
        return switch (size) {
            case TOO_SMALL -> "too_small";
            case SMALL -> "small";
            case MEDIUM -> "medium";
            case LARGE -> "large";
        };
    }
}
