package dev.handbook.source;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.GitInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed and who changed it, read from git in one pass over the
 * history (newest first, so the first commit naming a file is its last change). Nothing when the
 * handbook is not in a git repository or git is not installed; a warning on a shallow clone, whose
 * history stops early and so gives wrong dates.
 */
public final class GitHistory {
    private static final long TIMEOUT_SECONDS = 60;

    private GitHistory() {
    }

    public static Staged<Map<String, GitInfo>> read(Path root) {
        try {
            if (!run(root, "rev-parse", "--is-inside-work-tree").strip().equals("true")) return Staged.of(Map.of());
            boolean shallow = run(root, "rev-parse", "--is-shallow-repository").strip().equals("true");
            String log = run(root, "log", "--format=%x1e%aI%x1f%an", "--name-only", "--no-renames", "--relative",
                    "--", ContentLoader.CONTENT);
            Map<String, GitInfo> out = parse(log);
            List<Diagnostic> diags = shallow
                    ? List.of(Diagnostic.warning(SourcePos.file(ContentLoader.CONTENT), "this is a shallow git clone, so "
                            + "'last changed' dates may be wrong; fetch the full history (git fetch --unshallow, or "
                            + "fetch-depth: 0 in GitHub Actions)").withRule("git-shallow"))
                    : List.of();
            return new Staged<>(out, diags);
        } catch (IOException e) {
            return Staged.of(Map.of()); // no git, or not a repository: pages simply show no history
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Staged.of(Map.of());
        }
    }

    static Map<String, GitInfo> parse(String log) {
        Map<String, GitInfo> out = new HashMap<>();
        String prefix = ContentLoader.CONTENT + "/";
        for (String record : log.split("\u001e")) {
            if (record.isBlank()) continue;
            String[] lines = record.split("\n");
            String[] head = lines[0].split("\u001f", 2);
            if (head.length < 2) continue;
            LocalDate date = OffsetDateTime.parse(head[0].strip()).toLocalDate();
            GitInfo info = new GitInfo(date, head[1].strip());
            for (int i = 1; i < lines.length; i++) {
                String file = lines[i].strip();
                if (file.startsWith(prefix)) out.putIfAbsent(file.substring(prefix.length()), info);
            }
        }
        return out;
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
