package dev.handbook.pipeline;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A handbook on a file system with Windows' path rules (drive letter, backslash separators) builds
 * the same site, byte for byte, as on this one (issue 26.4): output paths, links and diagnostics
 * do not depend on the platform's separator.
 */
class WindowsBuildTest {
    private static final String SITE = """
            -- content/index.md --
            # Home

            See [the retro](Ways%20of%20Working/retro.md#how) and ![a chart](Ways%20of%20Working/chart.svg).
            -- content/Ways of Working/_index.md --
            ---
            title: Ways of working
            ---
            Our ways.
            -- content/Ways of Working/retro.md --
            ---
            title: Retro
            tags: [rituals]
            ---
            ## How

            Back to [home](../index.md).
            -- content/Ways of Working/chart.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>
            """;

    @Test
    void buildsTheSameSiteAsOnUnix() throws IOException {
        TestSite unix = TestSite.of(SITE);
        BuildResult u = unix.build(unix.options().withOut(unix.root().resolve("site")));
        assertTrue(u.ok(), u.diagnostics().toString());
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path root = windows.getPath("C:\\Users\\ada\\handbook");
            copy(unix.root().resolve("content"), root.resolve("content"));
            BuildOptions options = new BuildOptions(root, java.util.Optional.empty(), java.util.Optional.empty(), false, true, false,
                    2, unix.options().today(), java.util.Optional.empty());
            BuildResult w = Pipeline.build(options, Progress.NONE);
            assertEquals(u.diagnostics().stream().map(Diagnostic::headline).toList(),
                    w.diagnostics().stream().map(Diagnostic::headline).toList());
            Map<String, String> expected = site(unix.root().resolve("site"));
            Map<String, String> actual = site(root.resolve("site"));
            assertEquals(expected.keySet(), actual.keySet());
            assertEquals(expected, actual);
            assertTrue(expected.get("index.html").contains("href=\"Ways%20of%20Working/retro/index.html#how\""),
                    expected.get("index.html"));
            assertTrue(expected.get("index.html").contains("src=\"Ways%20of%20Working/chart.svg\""), expected.get("index.html"));
        }
    }

    /** Every file of a site by its path with '/', as text (these are all text). */
    private static Map<String, String> site(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                StringBuilder name = new StringBuilder();
                for (Path part : dir.relativize(p)) name.append(name.length() == 0 ? "" : "/").append(part);
                files.put(name.toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to;
                for (Path part : from.relativize(p)) if (!part.toString().isEmpty()) target = target.resolve(part.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.write(target, Files.readAllBytes(p));
            }
        }
    }
}
