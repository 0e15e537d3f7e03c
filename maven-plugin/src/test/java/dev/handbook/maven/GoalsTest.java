package dev.handbook.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goals run the real handbook command in this JVM; its exit code decides the goal's outcome. */
class GoalsTest {
    @TempDir
    Path root;

    private final RecordingLog log = new RecordingLog();

    private void page(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private <M extends HandbookMojo> M configured(M mojo) {
        mojo.root = root.toFile();
        mojo.setLog(log);
        return mojo;
    }

    private BuildMojo build(String out) {
        BuildMojo mojo = configured(new BuildMojo());
        mojo.out = root.resolve(out).toFile();
        return mojo;
    }

    @Test
    void buildWritesTheSiteWhereOutSays() throws Exception {
        page("content/index.md", "# Home\n\nSee [the guide](guide.md).\n");
        page("content/guide.md", "# Guide\n");
        build("target/handbook").execute();
        assertTrue(Files.isRegularFile(root.resolve("target/handbook/guide/index.html")));
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("[INFO] built ") && l.endsWith(": 0 warnings, 0 errors")),
                log.text());
    }

    @Test
    void theArgumentsAreTheCommandLine() {
        BuildMojo mojo = build("out");
        mojo.audience = "managers";
        mojo.strict = true;
        assertEquals(List.of("build", root.toString(), "--audience", "managers", "--out", root.resolve("out").toString(),
                "--strict"), mojo.arguments());
        CheckMojo check = configured(new CheckMojo());
        assertEquals(List.of("check", root.toString()), check.arguments());
        ServeMojo serve = configured(new ServeMojo());
        serve.port = 4001;
        assertEquals(List.of("serve", root.toString(), "--port", "4001"), serve.arguments());
    }

    @Test
    void checkFailsTheBuildOnABrokenLinkAfterReportingIt() throws Exception {
        page("content/index.md", "# Home\n\nRead [the runbook](runbooks/deploy.md).\n");
        CheckMojo check = configured(new CheckMojo());
        MojoFailureException e = assertThrows(MojoFailureException.class, check::execute);
        assertEquals("handbook check: the handbook in " + root + " has errors (reported above)", e.getMessage());
        assertTrue(log.lines().contains("[ERROR] " + root.resolve("content/index.md") + ":3:20: error: broken link "
                + "'runbooks/deploy.md': no page or file content/runbooks/deploy.md [broken-link]"), log.text());
        assertFalse(Files.exists(root.resolve("site")), "check writes nothing");
    }

    @Test
    void strictMakesAWarningFailTheBuild() throws Exception {
        page("content/index.md", "---\ntitle: Home\nunknown_key: 1\n---\n# Home\n");
        BuildMojo lenient = build("lenient");
        lenient.execute();
        assertTrue(log.text().contains("[WARNING] "), log.text());

        BuildMojo strict = build("strict");
        strict.strict = true;
        assertThrows(MojoFailureException.class, strict::execute);
        assertFalse(Files.exists(root.resolve("strict")), "a failed build writes nothing");
    }

    @Test
    void anUnknownAudienceIsAConfigurationError() throws Exception {
        page("content/index.md", "# Home\n");
        BuildMojo mojo = build("out");
        mojo.audience = "nobody";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("handbook build stopped (exit code 2)"), e.getMessage());
        assertTrue(log.text().contains("nobody"), log.text());
    }

    @Test
    void skipRunsNothing() throws Exception {
        BuildMojo mojo = build("out");
        mojo.skip = true;
        mojo.execute(); // no content/: the command would fail
        assertEquals(List.of("[INFO] handbook build skipped (handbook.skip)"), log.lines());
    }
}
