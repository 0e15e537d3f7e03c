package dev.handbook.source;

import dev.handbook.GitRepo;
import dev.handbook.TestSite;
import dev.handbook.diag.Staged;
import dev.handbook.model.Commit;
import dev.handbook.model.GitInfo;
import dev.handbook.model.GitLog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21.7: the one read of git history, against real repositories made by the git command line. */
class GitHistoryTest {
    private static List<String> subjects(GitLog log) {
        return log.commits().stream().map(Commit::subject).toList();
    }

    @Test
    void eachCommitComesWithItsDateAuthorSubjectAndFilesNewestFirst() {
        TestSite site = TestSite.of("-- content/a.md --\n# A\n");
        GitRepo git = GitRepo.init(site.root());
        git.commit("2026-01-01T10:00:00Z", "Ann", "Add a");
        site.write("-- content/a.md --\n# A\n\nMore.\n-- content/b.md --\n# B\n");
        git.commit("2026-01-02T09:00:00+02:00", "Bo", "Edit a, add b");
        site.write("-- README.md --\nnot content\n");
        git.commit("2026-01-03T09:00:00Z", "Cy", "Readme");

        Staged<GitLog> read = GitHistory.read(site.root());
        assertEquals(List.of(), read.diagnostics());
        GitLog log = read.value();
        assertEquals(List.of("Edit a, add b", "Add a"), subjects(log), "a commit outside content/ is not one of them");
        Commit newest = log.commits().get(0);
        assertEquals(OffsetDateTime.parse("2026-01-02T09:00:00+02:00"), newest.committed());
        assertEquals("Bo", newest.author());
        assertEquals(List.of("a.md", "b.md"), newest.files());
        assertEquals(40, newest.id().length());
        assertEquals(new GitInfo(LocalDate.of(2026, 1, 2), "Bo"), log.lastChanged().get("a.md"));
        assertEquals(new GitInfo(LocalDate.of(2026, 1, 2), "Bo"), log.lastChanged().get("b.md"));
    }

    @Test
    void commitsAreOrderedByCommitTimeEvenWhenAChildIsDatedBeforeItsParent() {
        TestSite site = TestSite.of("-- content/a.md --\n# A\n");
        GitRepo git = GitRepo.init(site.root());
        git.commit("2026-01-05T00:00:00Z", "Ann", "first, dated last");
        site.file("content/a.md", "# A\n\n1\n");
        git.commit("2026-01-03T00:00:00Z", "Ann", "second, dated first");
        site.file("content/a.md", "# A\n\n2\n");
        git.commit("2026-01-04T00:00:00Z", "Ann", "third");
        assertEquals(List.of("first, dated last", "third", "second, dated first"),
                subjects(GitHistory.read(site.root()).value()));
        assertEquals(LocalDate.of(2026, 1, 4), GitHistory.read(site.root()).value().lastChanged().get("a.md").date(),
                "the last change of a file is its newest commit in history, not its newest date");
    }

    @Test
    void aMergeIsNotListedButTheCommitsItBringsInAre() {
        TestSite site = TestSite.of("-- content/a.md --\n# A\n-- content/b.md --\n# B\n");
        GitRepo git = GitRepo.init(site.root());
        git.commit("2026-01-01T00:00:00Z", "Ann", "start");
        git.git("checkout", "-q", "-b", "feature");
        site.file("content/b.md", "# B\n\nOn the branch.\n");
        git.commit("2026-01-02T00:00:00Z", "Bo", "edit b on a branch");
        git.git("checkout", "-q", "main");
        site.file("content/a.md", "# A\n\nOn main.\n");
        git.commit("2026-01-03T00:00:00Z", "Cy", "edit a on main");
        git.git(java.util.Map.of("GIT_AUTHOR_NAME", "Di", "GIT_AUTHOR_EMAIL", "d@example.org",
                "GIT_COMMITTER_NAME", "Di", "GIT_COMMITTER_EMAIL", "d@example.org",
                "GIT_AUTHOR_DATE", "2026-01-04T00:00:00Z", "GIT_COMMITTER_DATE", "2026-01-04T00:00:00Z"),
                "merge", "-q", "--no-ff", "-m", "Merge branch feature", "feature");
        assertEquals(List.of("edit a on main", "edit b on a branch", "start"), subjects(GitHistory.read(site.root()).value()));
    }

    @Test
    void aRenameIsTheOldPathDeletedAndTheNewOneAdded() {
        TestSite site = TestSite.of("-- content/old.md --\n# Page\n\nSome text that stays the same.\n");
        GitRepo git = GitRepo.init(site.root());
        git.commit("2026-01-01T00:00:00Z", "Ann", "add");
        git.git("mv", "content/old.md", "content/new.md");
        git.commit("2026-01-02T00:00:00Z", "Ann", "rename");
        assertEquals(List.of("new.md", "old.md"), GitHistory.read(site.root()).value().commits().get(0).files());
    }

    // issue 21.7: subjects holding the old separators, and paths git quotes unless told otherwise
    @Test
    void subjectsAuthorsAndPathsComeAsWrittenWhateverTheyHold() {
        TestSite site = TestSite.of("-- content/équipe/café.md --\n# Café\n");
        GitRepo git = GitRepo.init(site.root());
        String subject = "Fix <script>alert(1)</script> & \"quotes\" \u001e\u001f between";
        git.commit("2026-01-01T00:00:00Z", "Zoë \u001f O'Neil", subject);
        GitLog log = GitHistory.read(site.root()).value();
        assertEquals(1, log.commits().size(), log.toString());
        assertEquals(subject, log.commits().get(0).subject());
        assertEquals("Zoë \u001f O'Neil", log.commits().get(0).author());
        assertEquals(List.of("équipe/café.md"), log.commits().get(0).files());
        assertTrue(log.lastChanged().containsKey("équipe/café.md"), log.lastChanged().toString());
    }

    @Test
    void anEmptySubjectIsKeptEmpty() {
        TestSite site = TestSite.of("-- content/a.md --\n# A\n");
        GitRepo.init(site.root()).commit("2026-01-01T00:00:00Z", "Ann", "");
        assertEquals(List.of(""), subjects(GitHistory.read(site.root()).value()));
    }

    @Test
    void outsideAGitRepositoryThereIsNoHistoryAndNoComplaint() {
        TestSite site = TestSite.of("-- content/a.md --\n# A\n");
        Staged<GitLog> read = GitHistory.read(site.root());
        assertEquals(GitLog.NONE, read.value());
        assertEquals(List.of(), read.diagnostics());
    }

    @Test
    void aHandbookInAFolderOfTheRepositoryReadsOnlyItsOwnContent() {
        TestSite site = TestSite.of("-- content/top.md --\n# Top\n-- docs/content/inner.md --\n# Inner\n");
        GitRepo git = GitRepo.init(site.root());
        git.commit("2026-01-01T00:00:00Z", "Ann", "both");
        Path docs = site.root().resolve("docs");
        GitLog log = GitHistory.read(docs).value();
        assertEquals(List.of("inner.md"), log.commits().get(0).files());
        assertEquals(java.util.Set.of("inner.md"), log.lastChanged().keySet());
    }
}
