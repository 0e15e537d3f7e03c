package dev.handbook.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The generators a handbook can be imported from, by the name {@code --from} takes. */
public enum Source {
    MKDOCS, JEKYLL, HUGO, MIDDLEMAN, GITHUB;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Source> named(String name) {
        return Arrays.stream(values()).filter(s -> s.cliName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
