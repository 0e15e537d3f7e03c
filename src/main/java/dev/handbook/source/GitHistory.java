package dev.handbook.source;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.Commit;
import dev.handbook.model.GitInfo;
import dev.handbook.model.GitLog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What git knows of {@code content/}, read in one pass over the history (newest first, so the first
 * commit naming a file is its last change): each file's last change, and every commit with its
 * date, author, subject and files, for the "Recently changed" page. Nothing when the handbook is not
 * in a git repository or git is not installed; a warning on a shallow clone, whose history stops
 * early and so gives wrong dates.
 */
public final class GitHistory {
    private static final long TIMEOUT_SECONDS = 60;
    /** Starts each commit's record; the file names that follow it all start with "content/". */
    private static final String START = "\u0001";
    /**
     * NUL-separated (-z), so no subject, name or path can break the records, and paths come
     * unquoted whatever core.quotePath says; each option that a user's git config could change
     * (signatures, root commit, encoding, renames) is set explicitly.
     */
    private static final List<String> LOG = List.of("log", "-z", "--root", "--no-show-signature", "--encoding=UTF-8",
            "--format=%x01%H%x00%aI%x00%cI%x00%an%x00%s", "--name-only", "--no-renames", "--relative", "--",
            ContentLoader.CONTENT);

    private GitHistory() {
    }

    public static Staged<GitLog> read(Path root) {
        try {
            if (!run(root, "rev-parse", "--is-inside-work-tree").strip().equals("true")) return Staged.of(GitLog.NONE);
            boolean shallow = run(root, "rev-parse", "--is-shallow-repository").strip().equals("true");
            GitLog out = parse(run(root, LOG.toArray(String[]::new)));
            List<Diagnostic> diags = shallow
                    ? List.of(Diagnostic.warning(SourcePos.file(ContentLoader.CONTENT), "this is a shallow git clone, so "
                            + "'last changed' dates and recent changes may be wrong; fetch the full history (git fetch "
                            + "--unshallow, or fetch-depth: 0 in GitHub Actions)").withRule("git-shallow"))
                    : List.of();
            return new Staged<>(out, diags);
        } catch (IOException e) {
            return Staged.of(GitLog.NONE); // no git, or not a repository: pages simply show no history
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Staged.of(GitLog.NONE);
        }
    }

    /** Reads the output of {@link #LOG}: per commit a header of five NUL-ended fields, then its files. */
    static GitLog parse(String log) {
        Map<String, GitInfo> last = new HashMap<>();
        Map<String, String> names = new HashMap<>(); // one string per path, however many commits name it
        List<Commit> commits = new ArrayList<>();
        String prefix = ContentLoader.CONTENT + "/";
        String[] tokens = log.split("\0", -1);
        int i = 0;
        while (i < tokens.length) {
            if (!tokens[i].startsWith(START) || i + 4 >= tokens.length) {
                i++;
                continue;
            }
            String id = tokens[i].substring(START.length());
            String authored = tokens[i + 1];
            String committed = tokens[i + 2];
            String author = tokens[i + 3].strip();
            String subject = tokens[i + 4].strip();
            i += 5;
            List<String> files = new ArrayList<>();
            for (; i < tokens.length && !tokens[i].startsWith(START); i++) {
                String file = tokens[i].startsWith("\n") ? tokens[i].substring(1) : tokens[i];
                if (file.startsWith(prefix)) files.add(file.substring(prefix.length()));
            }
            Optional<OffsetDateTime> authorDate = date(authored);
            Optional<OffsetDateTime> commitDate = date(committed);
            if (files.isEmpty() || authorDate.isEmpty() || commitDate.isEmpty()) continue; // a merge: nothing of its own
            GitInfo info = new GitInfo(authorDate.get().toLocalDate(), author);
            List<String> shared = new ArrayList<>(files.size());
            for (String file : files) {
                String name = names.computeIfAbsent(file, f -> f);
                last.putIfAbsent(name, info);
                shared.add(name);
            }
            commits.add(new Commit(id, commitDate.get(), author, subject, shared));
        }
        // Git lists commits by date but keeps a child before its parent even when clocks disagree.
        commits.sort(Comparator.comparing((Commit c) -> c.committed().toInstant()).reversed());
        return new GitLog(last, commits);
    }

    private static Optional<OffsetDateTime> date(String iso) {
        try {
            return Optional.of(OffsetDateTime.parse(iso.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String run(Path root, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = root.toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("git timed out");
        }
        if (p.exitValue() != 0) throw new IOException("git exited with " + p.exitValue());
        return new String(out, StandardCharsets.UTF_8);
    }
}
