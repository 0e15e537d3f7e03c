package dev.handbook.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The generators a handbook can be imported from, by the name {@code --from} takes. */
public enum Source {
    MKDOCS, JEKYLL, HUGO, MIDDLEMAN, GITHUB;

    /** The generator by the name its users know it, for messages ("kramdown attribute list"). */
    String generatorName() {
        return switch (this) {
            case MKDOCS -> "MkDocs";
            case JEKYLL -> "kramdown";
            case HUGO -> "Goldmark";
            case MIDDLEMAN -> "Middleman";
            case GITHUB -> "GitHub";
        };
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Source> named(String name) {
        return Arrays.stream(values()).filter(s -> s.cliName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
