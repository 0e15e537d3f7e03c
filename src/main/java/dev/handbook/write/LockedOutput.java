package dev.handbook.write;

import dev.handbook.diag.Staged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An output folder this build has to itself until {@link #close()}: no other build can write it
 * meanwhile (see {@link OutputLock}), and a site a killed build left moved aside is back in place.
 * A build takes it before any other work, so a second build to the same folder is refused at once.
 *
 * <pre>{@code
 * try (LockedOutput output = SiteWriter.lock(root, out).value().orElseThrow()) {
 *     Staging staging = output.open(false).value().orElseThrow();
 *     ... staging.commit();
 * }
 * }</pre>
 */
public final class LockedOutput implements AutoCloseable {
    private final Path out;
    private final Path target;
    private final OutputLock lock;

    LockedOutput(Path out, Path target, OutputLock lock) {
        this.out = out;
        this.target = target;
        this.lock = lock;
    }

    /**
     * A staging folder for the new site, after clearing what killed builds left. Empty, with the
     * reason, when the folder now there must not be replaced (not ours, not a folder, a link).
     */
    public Staged<Optional<Staging>> open(boolean force) {
        return open(force, Optional.empty(), () -> { });
    }

    /**
     * {@link #open(boolean)} with a place for a spare site ({@link SpareSite}): the staging folder
     * starts as the spare there, if any, and the site it replaces is kept there for the next build.
     */
    public Staged<Optional<Staging>> open(boolean force, Optional<Path> spare) {
        return open(force, spare, () -> { });
    }

    Staged<Optional<Staging>> open(boolean force, Optional<Path> spare, Runnable whenDone) {
        Optional<String> refusal = OutputGuard.contentRefusal(out, target, force);
        if (refusal.isPresent()) return SiteWriter.fail(out, refusal.get());
        try {
            Leftovers.clean(target);
            Path fresh = Leftovers.freshStaging(target);
            boolean recycled = SpareSite.take(spare, fresh);
            if (recycled) CrashPoint.reached("spare taken");
            Path staging = recycled ? mark(fresh) : createStaging();
            CrashPoint.reached("staging created");
            return Staged.of(Optional.of(new Staging(staging, target, whenDone, spare, recycled)));
        } catch (IOException e) {
            return SiteWriter.fail(out, "cannot prepare the output folder: " + IoReasons.of(e));
        }
    }

    /** The new staging folder, made with the umask's mode (a temporary folder would be 700 and unreadable to a web server). */
    private Path createStaging() throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path staging = Leftovers.freshStaging(target);
            try {
                Files.createDirectory(staging);
                Files.writeString(staging.resolve(SiteWriter.MARKER), SiteWriter.MARKER_TEXT);
                return staging;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** Marks a spare site taken as a staging folder as ours, whatever its marker was. */
    private static Path mark(Path staging) throws IOException {
        Path marker = staging.resolve(SiteWriter.MARKER);
        SpareSite.clear(marker);
        Files.writeString(marker, SiteWriter.MARKER_TEXT);
        return staging;
    }

    /** The output folder's real path. */
    Path target() {
        return target;
    }

    /** The output folder as given. */
    Path out() {
        return out;
    }

    /** Lets other builds write the folder again. */
    @Override
    public void close() {
        lock.close();
    }
}
