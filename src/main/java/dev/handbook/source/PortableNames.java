package dev.handbook.source;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Content names that another system cannot hold, found from the names alone, so every platform
 * reports the same thing. Windows refuses device names (con.md, aux/, com1.txt: with any extension,
 * in any case), the characters {@code <>:"|?*} and control characters, and a trailing dot or space;
 * git for Windows then refuses to check the handbook out, and the page's folder (con/) cannot be
 * written. These are warnings, so {@code --strict} (as in CI) stops them. A backslash is an error:
 * Windows reads it as a folder separator, so the page's path would differ by platform.
 */
final class PortableNames {
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])");
    private static final String FORBIDDEN = "<>:\"|?*";

    private PortableNames() {
    }

    /** Reports names Windows cannot hold (each folder once) and returns the files that can be published. */
    static List<SourceFile> check(List<SourceFile> files, Consumer<Diagnostic> report) {
        Set<String> folders = new HashSet<>();
        List<SourceFile> kept = new ArrayList<>(files.size());
        for (SourceFile f : files) {
            folder(f.folder(), folders, report);
            name(f.path(), f.fileName(), report);
            if (f.path().indexOf('\\') < 0) kept.add(f);
        }
        return kept;
    }

    private static void folder(String folder, Set<String> seen, Consumer<Diagnostic> report) {
        if (folder.isEmpty() || !seen.add(folder)) return;
        int slash = folder.lastIndexOf('/');
        folder(slash < 0 ? "" : folder.substring(0, slash), seen, report);
        name(folder, folder.substring(slash + 1), report);
    }

    private static void name(String path, String name, Consumer<Diagnostic> report) {
        SourcePos pos = SourcePos.file(ContentLoader.CONTENT + "/" + path);
        if (name.indexOf('\\') >= 0) {
            report.accept(Diagnostic.error(pos, "'%s' holds a backslash, which Windows reads as a folder separator, so "
                    + "its path would differ by platform; rename it", name).withRule("path"));
            return;
        }
        problem(name).ifPresent(p -> report.accept(Diagnostic.warning(pos,
                "'%s' %s, so the handbook cannot be checked out or built there; rename it", name, p).withRule("path")));
    }

    /** What is wrong with a file or folder name on Windows, if anything. */
    static Optional<String> problem(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        if ((stem.length() == 3 || stem.length() == 4) && DEVICE.matcher(stem).matches()) {
            return Optional.of("is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, "
                    + "with any extension)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20) return Optional.of(String.format(Locale.ROOT, "holds a control character (U+%04X), "
                    + "which Windows does not allow in a name", (int) c));
            if (FORBIDDEN.indexOf(c) >= 0) return Optional.of("holds '" + c + "', which Windows does not "
                    + "allow in a name");
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return Optional.of("ends with a dot or space, which Windows drops from a name");
        }
        return Optional.empty();
    }
}
