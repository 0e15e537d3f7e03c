package dev.handbook.config;

import dev.handbook.diag.SourcePos;

import java.util.Objects;
import java.util.Optional;

/**
 * The handbook's own look in the header and the browser tab: {@code logo} and {@code favicon} of
 * handbook.yml, each a file of the site (a path under {@code content/}, or under the theme's
 * {@code static/} folder, e.g. {@code images/logo.svg} or {@code assets/logo.svg}).
 */
public record Branding(Optional<File> logo, Optional<File> favicon) {
    public Branding {
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(favicon, "favicon");
    }

    public static Branding none() {
        return new Branding(Optional.empty(), Optional.empty());
    }

    /**
     * A file named by a setting: its path in the site, and where handbook.yml names it.
     *
     * @param setting the setting's name ({@code logo}), for messages
     */
    public record File(String setting, String sitePath, SourcePos pos) {
        public File {
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(sitePath, "sitePath");
            Objects.requireNonNull(pos, "pos");
        }
    }
}
