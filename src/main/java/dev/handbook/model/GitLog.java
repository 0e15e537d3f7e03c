package dev.handbook.model;

import java.util.List;
import java.util.Map;

/**
 * What one read of the git history says about {@code content/}: when each file last changed and
 * who changed it, and every commit that changed a file there, newest first. Empty when the handbook
 * is not in a git repository.
 *
 * @param lastChanged by path under content/ ({@code roles/em.md}), the file's last change
 * @param commits     newest first by commit time; merges, which change nothing of their own, are not listed
 */
public record GitLog(Map<String, GitInfo> lastChanged, List<Commit> commits) {
    public static final GitLog NONE = new GitLog(Map.of(), List.of());

    public GitLog {
        lastChanged = Map.copyOf(lastChanged);
        commits = List.copyOf(commits);
    }
}
