package dev.handbook.scaffold;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.source.ContentLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code handbook init [DIR]}: writes a new handbook that builds with {@code --strict} as it is:
 * {@code handbook.yml} with every setting commented, a home page and one example page of every
 * built-in type, {@code responsibilities.yml}, {@code .gitignore}, CI workflows for GitHub and GitLab,
 * and the {@code ./handbook} launchers with the running jar copied to {@code .handbook/handbook.jar},
 * so that CI (and anyone who clones the handbook) needs only Java.
 *
 * <p>Refuses a {@code content/} folder that is not empty. Never overwrites a file: one that exists is
 * kept, except {@code .gitignore}, which gets the lines it lacks.
 *
 * <pre>{@code
 * Staged<Optional<HandbookScaffold.Result>> r = HandbookScaffold.init(dir, LocalDate.now(), Optional.of(jar));
 * }</pre>
 */
public final class HandbookScaffold {
    /** Where the launchers look for the jar in a handbook made by init. */
    public static final String JAR = ".handbook/handbook.jar";
    private static final String GITIGNORE = ".gitignore";

    private HandbookScaffold() {
    }

    /**
     * What init did, each path relative to the handbook folder.
     *
     * @param created files written
     * @param kept    files that existed and were left as they were
     * @param amended files that existed and were added to ({@code .gitignore})
     */
    public record Result(List<String> created, List<String> kept, List<String> amended) {
        public Result {
            created = List.copyOf(created);
            kept = List.copyOf(kept);
            amended = List.copyOf(amended);
        }
    }

    /**
     * Writes a new handbook into {@code dir}, creating it if needed.
     *
     * @param jar the jar this program runs from, copied for the launchers; empty when it runs from classes
     */
    public static Staged<Optional<Result>> init(Path dir, LocalDate today, Optional<Path> jar) {
        Optional<String> refusal = refusal(dir);
        if (refusal.isPresent()) return fail(refusal.get());
        List<Diagnostic> diags = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> amended = new ArrayList<>();
        try {
            for (Skeleton.File f : Skeleton.files(today)) {
                Path target = dir.resolve(f.path());
                if (f.path().equals(GITIGNORE) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    if (amendIgnores(target, f.bytes())) amended.add(f.path());
                    else kept.add(f.path());
                } else if (write(target, f)) {
                    created.add(f.path());
                } else {
                    kept.add(f.path());
                }
            }
            if (jar.isPresent()) {
                if (copy(jar.get(), dir.resolve(JAR))) created.add(JAR);
                else kept.add(JAR);
            } else {
                diags.add(Diagnostic.warning(SourcePos.file("(handbook init)"), "this handbook command does not run "
                        + "from a jar, so %s is missing and ./handbook cannot start; copy handbook.jar there", JAR)
                        .withRule("usage"));
            }
        } catch (IOException e) {
            diags.add(Diagnostic.error(SourcePos.file("(handbook init)"), "cannot write into %s: %s", dir, e)
                    .withRule("usage"));
            return new Staged<>(Optional.empty(), diags);
        }
        return new Staged<>(Optional.of(new Result(created, kept, amended)), diags);
    }

    private static Optional<String> refusal(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) return Optional.of(dir + " is a file, not a folder");
        Path content = dir.resolve(ContentLoader.CONTENT);
        if (!Files.exists(content, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(content + " is not a folder; init needs to write content/ there");
        }
        try (Stream<Path> entries = Files.list(content)) {
            if (entries.findAny().isPresent()) {
                return Optional.of(content + " is not empty: " + dir + " already holds a handbook; init starts a new "
                        + "one only where content/ is missing or empty");
            }
        } catch (IOException e) {
            return Optional.of("cannot read " + content + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Writes a file that does not exist yet; false when one is there. */
    private static boolean write(Path target, Skeleton.File f) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return false;
        Files.createDirectories(target.getParent());
        try {
            Files.write(target, f.bytes(), StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        if (f.executable()) executable(target);
        return true;
    }

    private static boolean copy(Path jar, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return false;
        Files.createDirectories(target.getParent());
        Files.copy(jar, target, StandardCopyOption.COPY_ATTRIBUTES);
        return true;
    }

    private static void executable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            p.add(PosixFilePermission.OWNER_EXECUTE);
            if (p.contains(PosixFilePermission.GROUP_READ)) p.add(PosixFilePermission.GROUP_EXECUTE);
            if (p.contains(PosixFilePermission.OTHERS_READ)) p.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(file, p);
        } catch (UnsupportedOperationException e) {
            // Windows: no execute bit; the workflows run "bash ./handbook" so it is not needed there
        }
    }

    /** Adds the lines of the skeleton's .gitignore that the team's own lacks; true when it added any. */
    private static boolean amendIgnores(Path target, byte[] skeleton) throws IOException {
        String existing = Files.readString(target, StandardCharsets.UTF_8);
        List<String> have = existing.lines().map(String::strip).toList();
        StringBuilder add = new StringBuilder();
        for (String line : new String(skeleton, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && !have.contains(line.strip())) add.append(line).append('\n');
        }
        if (add.length() == 0) return false;
        String sep = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        Files.writeString(target, sep + "# Handbook\n" + add, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return true;
    }

    private static Staged<Optional<Result>> fail(String message) {
        return new Staged<>(Optional.empty(), List.of(Diagnostic.error(SourcePos.file("(handbook init)"), "%s", message)
                .withRule("usage")));
    }
}
