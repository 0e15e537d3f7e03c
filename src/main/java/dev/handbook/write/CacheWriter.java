package dev.handbook.write;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Saves a cache file into {@code OUT/.handbook-cache/}, where a build keeps it (see
 * {@link Staging#commit()}). The output folder gets the same protection as a build's: a folder the
 * build would refuse, or one a build is writing, is left alone (the cache is then not saved, which
 * is a warning), and a new output folder gets the marker so {@code handbook build} may replace it later.
 */
public final class CacheWriter {
    private CacheWriter() {
    }

    /** Writes {@code text} to {@code OUT/.handbook-cache/NAME} atomically; returns a warning when it could not. */
    public static List<Diagnostic> save(Path root, Path out, String name, String text) {
        Staged<Optional<LockedOutput>> locked = SiteWriter.lock(root, out);
        if (locked.value().isEmpty()) {
            return locked.diagnostics().stream().map(d -> notSaved(out, d.message())).toList();
        }
        try (LockedOutput output = locked.value().get()) {
            Optional<String> refusal = OutputGuard.contentRefusal(out, output.target(), false);
            if (refusal.isPresent()) return List.of(notSaved(out, refusal.get()));
            write(output.target(), name, text);
            return List.of();
        } catch (IOException e) {
            return List.of(notSaved(out, IoReasons.of(e)));
        }
    }

    private static void write(Path target, String name, String text) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(target);
            Files.writeString(target.resolve(SiteWriter.MARKER),
                    "Written by handbook. This folder is replaced on every build.\n");
        }
        Path dir = target.resolve(SiteWriter.CACHE_FOLDER);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Diagnostic notSaved(Path out, String why) {
        return Diagnostic.warning(SourcePos.file(OutputGuard.shown(out).toString()),
                "the external-link results were not saved: %s", why).withRule("output");
    }
}
