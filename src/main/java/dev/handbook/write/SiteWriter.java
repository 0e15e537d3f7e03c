package dev.handbook.write;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Stage 7: the only code that writes. A build writes into a staging folder beside the output and
 * swaps it in with two renames only once everything succeeded, so a failed or killed build leaves
 * the previous site as it was.
 *
 * <p>The output folder is refused when it is the file-system root, the home folder, the handbook
 * root, the content or themes folder, a folder holding any of them, or a folder inside content/,
 * comparing real paths; and when it exists, is not empty and holds no marker of ours (so a typo in
 * {@code --out} can never wipe a folder the build did not create), unless {@code --force}. One
 * build at a time writes an output folder ({@link #lock}); leftovers of killed builds are cleaned,
 * or put back when they hold the only complete site. Old outputs are deleted without following
 * symbolic links.
 *
 * <pre>{@code
 * Staging staging = SiteWriter.open(root, root.resolve("site"), false).value().orElseThrow();
 * staging.put(file); ... staging.commit();   // or staging.abort()
 * }</pre>
 */
public final class SiteWriter {
    /** Written into every output folder we create; its presence says the folder is ours to replace. */
    public static final String MARKER = ".handbook-site";
    /** Kept across builds inside the output folder: what {@code handbook check} learnt (external-link results). */
    public static final String CACHE_FOLDER = ".handbook-cache";
    static final String MARKER_TEXT = "Written by handbook build. This folder is replaced on every build.\n";

    private SiteWriter() {
    }

    /**
     * Takes the output folder {@code out} for this build alone. Empty, with the reason, when the
     * place is refused or another build is writing it ({@code another build is writing site/ (pid 1234)}).
     */
    public static Staged<Optional<LockedOutput>> lock(Path root, Path out) {
        Optional<String> refusal = OutputGuard.placeRefusal(root, out);
        if (refusal.isPresent()) return fail(out, refusal.get());
        Path target = OutputGuard.real(out);
        try {
            Files.createDirectories(target.getParent());
            OutputLock.Attempt attempt = OutputLock.acquire(target);
            if (attempt.lock().isEmpty()) return fail(out, busy(out, attempt.holder()));
            OutputLock lock = attempt.lock().get();
            try {
                Leftovers.restore(target);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            return Staged.of(Optional.of(new LockedOutput(out, target, lock)));
        } catch (IOException e) {
            return fail(out, "cannot prepare the output folder: " + IoReasons.of(e));
        }
    }

    /**
     * {@link #lock} and {@link LockedOutput#open} in one: a staging folder that lets the output go
     * when it is committed or aborted.
     */
    public static Staged<Optional<Staging>> open(Path root, Path out, boolean force) {
        Staged<Optional<LockedOutput>> locked = lock(root, out);
        if (locked.value().isEmpty()) return new Staged<>(Optional.empty(), locked.diagnostics());
        LockedOutput output = locked.value().get();
        Staged<Optional<Staging>> staging = output.open(force, Optional.empty(), output::close);
        if (staging.value().isEmpty()) output.close();
        return staging;
    }

    static String busy(Path out, String pid) {
        return "another build is writing " + out.getFileName() + "/ (pid " + pid + "); wait for it to finish";
    }

    static <T> Staged<Optional<T>> fail(Path out, String message) {
        return new Staged<>(Optional.empty(), List.of(Diagnostic.error(
                SourcePos.file(OutputGuard.shown(out).toString()), message).withRule("output")));
    }
}
