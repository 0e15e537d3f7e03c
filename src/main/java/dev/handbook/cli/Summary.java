package dev.handbook.cli;

import dev.handbook.pipeline.BuildResult;

import java.nio.file.Path;
import java.util.Locale;

/** The one line every build ends with: pages, warnings, errors and time. */
final class Summary {
    private Summary() {
    }

    static String line(BuildResult r, Path root, double seconds) {
        String counts = plural(r.warnings(), "warning") + ", " + plural(r.errors(), "error");
        String time = String.format(Locale.ROOT, "%.2f s", seconds);
        if (r.written()) {
            return String.format(Locale.ROOT, "built %s (%s) into %s in %s%s: %s", plural(r.pages(), "page"),
                    plural(r.files(), "file"), shown(r.out()), time, cache(r), counts);
        }
        return String.format(Locale.ROOT, "build failed in %s: %s; %s left unchanged", time, counts, shown(r.out()));
    }

    /** How much the cache saved, when it saved anything: a build that parsed and rendered everything says nothing. */
    private static String cache(BuildResult r) {
        if (r.cache().isEmpty()) return "";
        var c = r.cache().get();
        if (c.pagesFromCache() == 0 && c.filesFromCache() == 0) return "";
        return String.format(Locale.ROOT, " (%d of %d pages and %d of %d HTML files from the cache)",
                c.pagesFromCache(), c.pages(), c.filesFromCache(), c.files());
    }

    private static String shown(Path out) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = out.toAbsolutePath().normalize();
        String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return (s.isEmpty() ? "." : s) + "/";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
