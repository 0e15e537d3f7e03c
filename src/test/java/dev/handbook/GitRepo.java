package dev.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real git repository in a test's folder, driven through the git command line with fixed names
 * and dates, and with the user's own git configuration shut out, so its history is the same on
 * every machine.
 *
 * <pre>{@code
 * GitRepo git = GitRepo.init(site.root());
 * git.commit("2026-03-02T14:05:00+01:00", "Ann", "Add the on-call page");
 * }</pre>
 */
public final class GitRepo {
    private final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    /** {@code git init} in {@code dir}, on a branch named main. */
    public static GitRepo init(Path dir) {
        GitRepo repo = new GitRepo(dir);
        repo.git(Map.of(), "init", "-q", "-b", "main");
        return repo;
    }

    /** A repository made before, such as one {@link #init} made in a test's site. */
    public static GitRepo open(Path dir) {
        return new GitRepo(dir);
    }

    /** Stages everything and commits it, authored and committed by {@code author} at {@code date} (ISO 8601). */
    public GitRepo commit(String date, String author, String subject) {
        git(Map.of(), "add", "-A");
        return commitStaged(date, author, subject);
    }

    /** Commits what is staged, allowing an empty commit or message. */
    public GitRepo commitStaged(String date, String author, String subject) {
        git(Map.of("GIT_AUTHOR_NAME", author, "GIT_AUTHOR_EMAIL", "a@example.org", "GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_NAME", author, "GIT_COMMITTER_EMAIL", "a@example.org", "GIT_COMMITTER_DATE", date),
                "commit", "-q", "--allow-empty", "--allow-empty-message", "--no-verify", "-m", subject);
        return this;
    }

    /** Runs git with these arguments in the repository; returns what it printed. */
    public String git(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String git(String... args) {
        return git(Map.of(), args);
    }
}
