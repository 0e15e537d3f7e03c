package dev.handbook.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A commit that changed files under {@code content/}, as git reported it.
 *
 * @param id        the full commit hash
 * @param committed when it was committed (the committer date, with the committer's offset): when it
 *                  landed in the history, which is what "recently changed" means
 * @param author    the author's name
 * @param subject   the first line of the message, as written (not escaped)
 * @param files     the files it added, changed or deleted, by path under content/ ({@code roles/em.md})
 */
public record Commit(String id, OffsetDateTime committed, String author, String subject, List<String> files) {
    public Commit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        files = List.copyOf(files);
    }
}
