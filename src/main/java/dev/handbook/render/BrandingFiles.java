package dev.handbook.render;

import dev.handbook.config.Branding;
import dev.handbook.diag.Diagnostic;
import dev.handbook.model.StaticFile;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The logo and favicon of handbook.yml as files of the built site: a file of the edition under
 * {@code content/}, or one of the theme's static files. A setting naming neither is an error at its
 * line, and the theme then shows no image rather than a broken one.
 */
final class BrandingFiles {
    private final Optional<String> logo;
    private final Optional<String> favicon;
    private final List<Diagnostic> problems = new ArrayList<>();

    BrandingFiles(ResolvedSite site, PathLoader theme) {
        Branding b = site.config().branding();
        Set<String> statics = new HashSet<>();
        if (b.logo().isPresent() || b.favicon().isPresent()) {
            for (StaticFile f : site.statics()) statics.add(f.path());
        }
        logo = b.logo().filter(f -> exists(f, statics, theme)).map(Branding.File::sitePath);
        favicon = b.favicon().filter(f -> exists(f, statics, theme)).map(Branding.File::sitePath);
    }

    private boolean exists(Branding.File f, Set<String> statics, PathLoader theme) {
        if (statics.contains(f.sitePath()) || theme.resourceExists("static/" + f.sitePath())) return true;
        problems.add(Diagnostic.error(f.pos(), "%s '%s' is not a file of the site", f.setting(), f.sitePath())
                .withHint("put it at content/" + f.sitePath() + " (readable by every audience of this edition), "
                        + "or at static/" + f.sitePath() + " in the theme folder")
                .withRule("config"));
        return false;
    }

    /** The logo's path in the site, when it is there. */
    Optional<String> logo() {
        return logo;
    }

    Optional<String> favicon() {
        return favicon;
    }

    /** Settings that name no file of the site. */
    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }
}
