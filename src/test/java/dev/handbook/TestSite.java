package dev.handbook;

import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.CheckOptions;
import dev.handbook.pipeline.CheckResult;
import dev.handbook.pipeline.CheckRun;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole handbook written inline in a test: files separated by {@code -- path --} lines.
 *
 * <pre>{@code
 * TestSite site = TestSite.of("""
 *     -- content/index.md --
 *     # Home
 *     """);
 * BuildResult r = site.build();
 * }</pre>
 */
public final class TestSite {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (.+?) --\\n");
    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite of(String spec) {
        TestSite site = new TestSite(TempDirs.create("handbook-test-"));
        site.write(spec);
        return site;
    }

    /** Adds or replaces files, in the same {@code -- path --} format. */
    public TestSite write(String spec) {
        Matcher m = HEADER.matcher(spec);
        List<MatchResult> headers = m.results().map(r -> new MatchResult(r.group(1), r.start(), r.end())).toList();
        for (int i = 0; i < headers.size(); i++) {
            MatchResult h = headers.get(i);
            int end = i + 1 < headers.size() ? headers.get(i + 1).start : spec.length();
            file(h.path, spec.substring(h.end, end));
        }
        return this;
    }

    private record MatchResult(String path, int start, int end) {
    }

    public TestSite file(String path, String text) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the handbook, as text. */
    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site");
    }

    public BuildOptions options() {
        return BuildOptions.defaults(root);
    }

    public BuildResult build() {
        return Pipeline.build(options(), Progress.NONE);
    }

    public BuildResult build(BuildOptions options) {
        return Pipeline.build(options, Progress.NONE);
    }

    public BuildResult check() {
        return Pipeline.check(options(), Progress.NONE);
    }

    /** {@code handbook check}: renders in memory and verifies the rendered site. */
    public CheckResult checkSite() {
        return checkSite(options(), CheckOptions.defaults());
    }

    public CheckResult checkSite(BuildOptions options, CheckOptions checks) {
        return CheckRun.check(options, checks, Progress.NONE);
    }

    /** A file of the built site, as text. */
    public String output(String path) {
        try {
            return Files.readString(out().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(out().resolve(path));
    }

    public static List<String> headlines(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    /** Each finding as {@code path:line:col: severity: message [rule]}. */
    public static List<String> findings(CheckResult r) {
        return r.diagnostics().stream().map(d -> d.headline() + " [" + d.rule() + "]").toList();
    }

    public static List<String> errors(BuildResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList();
    }

    /** Every file under a folder, by relative path, with its bytes: for comparing whole sites. */
    public static java.util.Map<String, byte[]> snapshot(Path dir) {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Asserts two snapshots hold the same files with the same bytes. */
    public static void assertSameFiles(java.util.Map<String, byte[]> a, java.util.Map<String, byte[]> b) {
        org.junit.jupiter.api.Assertions.assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) org.junit.jupiter.api.Assertions.assertArrayEquals(a.get(k), b.get(k), k);
    }
}
