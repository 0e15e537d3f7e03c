package dev.handbook.cli;

import dev.handbook.TestSite;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    /** Runs the command line in-process and captures what it prints. */
    private record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildSucceedsWithExitZeroAndOneSummaryLine() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n-- content/a.md --\n# A\n");
        Run r = run("build", site.root().toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].matches("built \\d+ pages \\(\\d+ files\\) into .*site/ in \\d+\\.\\d\\d s: 0 warnings, 0 errors"),
                lines[0]);
    }

    @Test
    void contentErrorsExitOneWithPositionsAndNoStackTrace() {
        TestSite site = TestSite.of("-- content/index.md --\n---\ntitle: [oops\n---\n");
        Run r = run("build", site.root().toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/index.md:3:1: error: invalid YAML"), r.err());
        assertTrue(r.err().contains("build failed in"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void serveRefusesAMissingFolderOrABadPortWithExitTwoAndDocumentsItsOptions() {
        Run missing = run("serve", "/no/such/handbook");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such folder: /no/such/handbook"), missing.err());
        assertEquals(2, run("serve", ".", "--port", "70000").code());
        Run help = run("serve", "--help");
        assertEquals(0, help.code());
        for (String option : new String[]{"--port", "--bind", "--audience", "--drafts"}) {
            assertTrue(help.out().contains(option), option + " in " + help.out());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n");
        Run r = run("build", site.root().toString(), "--audience", "managers");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("handbook.yml: error: unknown audience 'managers'"), r.err());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build"), help.out());
        Run buildHelp = run("build", "--help");
        assertTrue(buildHelp.out().contains("--strict") && buildHelp.out().contains("--out"), buildHelp.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("handbook "), version.out());
    }

    @Test
    void timingsListEveryStage() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n");
        Run r = run("build", site.root().toString(), "--timings");
        // Stages at two spaces, the worker threads' steps of parallel stages indented under them.
        for (String line : new String[]{"  startup ", "  config ", "  load ", "  parse ", "    read ", "    markdown ",
                "  resolve ", "  render+write ", "    render ", "    write ", "  extras ", "    search ", "  commit ", "  total "}) {
            assertTrue(r.err().contains("\n" + line), r.err());
        }
    }


    @Test
    void newWritesAPageFromTheTypesSchemaThatBuilds() throws Exception {
        TestSite site = TestSite.of("""
                -- content/roles/_index.md --
                ---
                cascade: {type: role}
                ---
                -- content/roles/lead.md --
                ---
                summary: Leads.
                ---
                """);
        Run r = run("new", "runbook", "db-failover", "--root", site.root().toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(site.root().resolve("content/runbooks/db-failover.md"));
        assertTrue(text.contains("type: runbook\n"), text);
        assertTrue(text.contains("# required: The alert or symptom that starts the runbook. (text)\ntrigger: \"TODO\""), text);
        assertTrue(text.contains("owner: lead\n"), "a required reference is stubbed with an existing role: " + text);
        assertTrue(text.contains("# last_tested: "), text);
        assertEquals(0, run("build", site.root().toString()).code(), "the new page builds as it is");
        Run again = run("new", "runbook", "db-failover", "--root", site.root().toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("content/runbooks/db-failover.md already exists"), again.err());
        Run unknown = run("new", "runbok", "x", "--root", site.root().toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown type 'runbok' (did you mean 'runbook'?)"), unknown.err());
    }
    @Test
    void newRefusesASecondIndexPageOfAFolder() throws Exception {
        // issue 23.12: "new role index" wrote content/roles/index.md beside content/roles/_index.md
        TestSite site = TestSite.of("""
                -- content/roles/_index.md --
                ---
                cascade: {type: role}
                ---
                """);
        Run r = run("new", "role", "index", "--root", site.root().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("'index' is the name of a folder's own page"), r.err());
        assertFalse(Files.exists(site.root().resolve("content/roles/index.md")));
    }

    @Test
    void newRefusesAFolderThatIsNoHandbook() throws Exception {
        // issue 23.12: "new" outside a handbook created ./content/... without a word
        java.nio.file.Path empty = Files.createTempDirectory("not-a-handbook");
        Run r = run("new", "role", "staff-engineer", "--root", empty.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no handbook here: " + empty + " has neither content/ nor handbook.yml"), r.err());
        assertTrue(r.err().contains("handbook init"), r.err());
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count(), "nothing written");
        }
        // A handbook.yml alone is a handbook: its first page creates content/.
        Files.writeString(empty.resolve("handbook.yml"), "title: New\n");
        assertEquals(0, run("new", "page", "welcome", "--root", empty.toString()).code());
        assertTrue(Files.exists(empty.resolve("content/welcome.md")));
    }
    @Test
    void initWritesAHandbookThatBuildsStrictAndPrintsTheThreeNextSteps() throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("init").resolve("our-handbook");
        Run r = run("init", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("created a handbook in " + dir + " ("), r.out());
        assertTrue(r.out().contains("\nNext steps:\n  1. cd " + dir + " && ./handbook serve\n"), r.out());
        assertTrue(r.out().contains("\n  2. ./handbook new role staff-engineer\n"), r.out());
        assertTrue(r.out().contains("\n  3. git init"), r.out());
        Run build = run("build", dir.toString(), "--strict");
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains(": 0 warnings, 0 errors"), build.err());

        Run again = run("init", dir.toString());
        assertEquals(2, again.code(), again.out());
        assertTrue(again.err().contains(dir.resolve("content") + " is not empty"), again.err());
        assertTrue(run("--help").out().contains("init"));
    }

    // issue 23.5: [[page:nope]] x 5,000 on one line printed 176 MB (each caret line padded to its column)
    @Test
    void manyProblemsOnOneLongLinePrintABoundedReport() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n\n" + "[[page:nope]] ".repeat(5_000) + "\n");
        Run r = run("build", site.root().toString());
        assertEquals(1, r.code());
        assertTrue(r.err().length() < 100_000, "printed " + r.err().length() + " characters");
        String[] lines = r.err().split("\n");
        for (String line : lines) assertTrue(line.length() < 400, "a line of " + line.length() + " characters");
        assertTrue(r.err().contains("\n... and 4,900 more in " + site.root().resolve("content/index.md") + "\n"), r.err());
        assertTrue(lines[lines.length - 1].startsWith("build failed in "), lines[lines.length - 1]);
        assertTrue(lines[lines.length - 1].contains("5000 errors"), "the summary counts them all");
    }

    // issue 23.5: the caret sits under the column inside the excerpt, however far along the line it is
    @Test
    void theCaretOfAFarColumnStaysUnderItInACutExcerpt() {
        TestSite site = TestSite.of("-- content/index.md --\n" + "x".repeat(1_000_008) + "[[page:nope]]\n");
        Run r = run("build", site.root().toString());
        String[] lines = r.err().split("\n");
        int at = 0;
        while (!lines[at].contains("unknown page 'nope'")) at++;
        assertTrue(lines[at].contains("content/index.md:1:1000016: error: unknown page 'nope'"), lines[at]);
        String excerpt = lines[at + 1];
        String caret = lines[at + 2];
        assertTrue(excerpt.length() < 200 && caret.length() < 200, excerpt.length() + ", " + caret.length());
        assertTrue(excerpt.startsWith("nope]]", caret.indexOf('^')), "the caret points at the name:\n" + excerpt + "\n" + caret);
    }

    // issue 23.8: --verbose lists the files left out of the edition because only restricted content uses them
    @Test
    void verboseListsFilesLeftOutOfTheEdition() {
        TestSite site = TestSite.of("-- handbook.yml --\naudiences: [everyone, managers]\n-- content/index.md --\n# Home\n"
                + "-- content/people/pay.md --\n---\naudience: managers\n---\n![Bands](salary-bands.png)\n"
                + "-- content/people/salary-bands.png --\nPNG\n");
        Run r = run("build", site.root().toString(), "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("left out: " + site.root().resolve("content/people/salary-bands.png")
                + " (only restricted content uses it)"), r.err());
        assertFalse(run("build", site.root().toString()).err().contains("left out:"));
    }

    // issue 23.13: the everyone build printed a managers-only page's broken YAML line, secrets and all
    @Test
    void problemsOfRestrictedFilesAreToldWithoutTheirContentInAWiderEdition() {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home
                -- content/pay.md --
                ---
                audience: managers
                salary: cnrysalary: 120k
                ---
                -- content/secret/_index.md --
                ---
                cascade: {audience: managers}
                ---
                -- content/secret/plan.md --
                # Plan

                ::: audience cnryboard
                x
                :::
                """);
        Run everyone = run("build", site.root().toString());
        assertEquals(1, everyone.code());
        assertFalse(everyone.err().contains("cnry"), everyone.err());
        assertTrue(everyone.err().contains(site.root().resolve("content/pay.md") + ":3: error: a problem in content "
                + "the 'everyone' edition leaves out; its details are shown only when building the edition it is for "
                + "(--audience)"), everyone.err());
        assertTrue(everyone.err().contains(site.root().resolve("content/secret/plan.md") + ":3: error: a problem"),
                everyone.err());
        Run managers = run("build", site.root().toString(), "--audience", "managers", "--out",
                site.root().resolve("m").toString());
        assertTrue(managers.err().contains("content/pay.md:3:19: error: invalid YAML: mapping values are not allowed here"),
                managers.err());
        assertTrue(managers.err().contains("salary: cnrysalary: 120k"), "the edition it is for tells all: " + managers.err());
        assertTrue(managers.err().contains("unknown audience 'cnryboard'"), managers.err());
    }
}
