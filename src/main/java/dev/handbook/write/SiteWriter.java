package dev.handbook.write;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 7: the only code that writes. A build writes into a staging folder beside the output and
 * swaps it in with two renames only once everything succeeded, so a failed or killed build leaves
 * the previous site as it was.
 *
 * <p>The output folder is refused when it is the file-system root, the home folder, the handbook
 * root, the content or themes folder, a folder holding any of them, or a folder inside content/;
 * and when it exists, is not empty and holds no marker of ours (so a typo in {@code --out} can never
 * wipe a folder the build did not create), unless {@code --force}. Old outputs are deleted without
 * following symbolic links.
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

    private SiteWriter() {
    }

    public static Staged<Optional<Staging>> open(Path root, Path out, boolean force) {
        Path target = out.toAbsolutePath().normalize();
        Optional<String> refusal = refusal(root.toAbsolutePath().normalize(), target, force);
        if (refusal.isPresent()) {
            return fail(target, refusal.get());
        }
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            cleanLeftovers(parent, target.getFileName().toString());
            Path staging = Files.createTempDirectory(parent, prefix(target) + "staging-");
            Files.writeString(staging.resolve(MARKER), "Written by handbook build. This folder is replaced on every build.\n");
            return Staged.of(Optional.of(new Staging(staging, target)));
        } catch (IOException e) {
            return fail(target, "cannot prepare the output folder: " + e);
        }
    }

    static Optional<String> refusal(Path root, Path target, boolean force) {
        if (target.getParent() == null) return Optional.of("refusing to write the site to the file-system root");
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (target.equals(home)) return Optional.of("refusing to write the site to your home folder");
        for (String protectedName : List.of("content", "themes")) {
            Path p = root.resolve(protectedName);
            if (p.startsWith(target)) {
                return Optional.of("refusing to write the site to " + target + ": it holds " + protectedName + "/");
            }
            if (target.startsWith(p)) {
                return Optional.of("refusing to write the site inside " + protectedName + "/");
            }
        }
        if (root.startsWith(target)) return Optional.of("refusing to write the site over the handbook root");
        if (Files.isSymbolicLink(target)) {
            return Optional.of("the output folder is a symbolic link; give the real folder with --out");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("the output path exists and is not a folder");
            }
            if (!force && !Files.exists(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(target)) {
                return Optional.of("refusing to replace " + target + ": it is not empty and was not made by "
                        + "handbook build (no " + MARKER + " file); choose another --out or pass --force");
            }
        }
        return Optional.empty();
    }

    /** Empty, or holding only our cache folder (as a CI cache restores it into a fresh checkout). */
    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) if (!p.getFileName().toString().equals(CACHE_FOLDER)) return false;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Staging and old folders left by a build that was killed: ours if they hold our marker. */
    private static void cleanLeftovers(Path parent, String name) throws IOException {
        String prefix = "." + name + ".";
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path p : s) {
                String rest = p.getFileName().toString().substring(prefix.length());
                boolean ours = (rest.startsWith("staging-") || rest.startsWith("old-"))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && (Files.exists(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(p));
                if (ours) leftovers.add(p);
            }
        }
        for (Path p : leftovers) PathUtils.deleteDirectory(p);
    }

    static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static Staged<Optional<Staging>> fail(Path target, String message) {
        return new Staged<>(Optional.empty(), List.of(Diagnostic.error(SourcePos.file(target.toString()), message)
                .withRule("output")));
    }
}
