package dev.handbook.serve;

import dev.handbook.TempDirs;
import dev.handbook.incremental.Changes;
import dev.handbook.incremental.FreshBuild;
import dev.handbook.incremental.RandomEdits;
import dev.handbook.incremental.Rebuild;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 6, point 6, end to end: random edits are made on disk while {@code serve} runs, and the
 * watcher, the incremental build and the HTTP server must bring what is served to exactly what a
 * clean build of the tree writes (every file, byte for byte, once the live-reload script is taken
 * out), or to the same errors, shown on the pages.
 */
class ServeEquivalenceTest {
    private static final int STEPS = Integer.getInteger("equivalence.serve.steps", 12);
    /** What serve adds to an HTML page: the overlay style, perhaps the overlay, and the script. */
    private static final Pattern INJECTED = Pattern.compile(
            "<style>#handbook-serve-overlay.*?<script src=\"/__handbook/live\\.js\" data-version=\"\\d+\"></script>",
            Pattern.DOTALL);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {101, 202, 303})
    void whatIsServedFollowsEditsOnDiskToTheBytesOfACleanBuild(long seed) throws Exception {
        Path root = TempDirs.create("handbook-serve-equivalence-");
        RandomEdits.copyTree(Path.of("src/test/resources/golden/typed-handbook/site"), root);
        BuildOptions options = BuildOptions.defaults(root).withToday(LocalDate.of(2026, 11, 1)).withThreads(2);
        RandomEdits edits = new RandomEdits(root, seed);
        StringBuilder log = new StringBuilder();
        try (DevServer server = DevServer.start(options, "127.0.0.1", 0, Progress.NONE, quiet())) {
            Set<String> served = expectServed(server, options, "first build");
            edits.builds();
            for (int step = 1; step <= STEPS; step++) {
                edits.edit(!server.build().last().ok());
                log.append("\n  ").append(step).append(": ").append(edits.lastEdit);
                Set<String> now = expectServed(server, options, "seed " + seed + log);
                for (String gone : served) {
                    if (!now.contains(gone) && status(server, gone) != 404) fail(gone + " is still served" + log);
                }
                served = now;
                if (server.build().last().ok()) edits.builds();
            }
        }
    }

    /** Waits (up to 30 s) until the server serves what a clean build writes; returns the paths served. */
    private Set<String> expectServed(DevServer server, BuildOptions options, String context) throws Exception {
        Path out = TempDirs.create("handbook-fresh-").resolve("site");
        BuildResult fresh = Pipeline.build(options.withOut(out), Progress.NONE);
        Map<String, byte[]> expected = fresh.written() ? FreshBuild.read(out) : null;
        List<String> problems = FreshBuild.headlines(fresh.diagnostics());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String mismatch = "";
        while (System.nanoTime() < deadline) {
            mismatch = mismatch(server, expected, problems);
            if (mismatch.isEmpty()) return expected == null ? server.build().site().files().keySet() : expected.keySet();
            Thread.sleep(50);
        }
        fail(context + ": never served what a clean build gives: " + mismatch);
        return Set.of();
    }

    private String mismatch(DevServer server, Map<String, byte[]> expected, List<String> problems) throws Exception {
        List<String> reported = FreshBuild.headlines(server.build().last().diagnostics());
        if (!reported.equals(problems)) return "problems " + reported + " instead of " + problems;
        if (expected == null) {
            String home = new String(get(server, "/").body(), StandardCharsets.UTF_8);
            return home.contains("id=\"handbook-serve-overlay\"") ? "" : "no error overlay on the home page";
        }
        if (!new TreeSet<>(server.build().site().files().keySet()).equals(expected.keySet())) {
            return "paths " + new TreeSet<>(server.build().site().files().keySet()) + " instead of " + expected.keySet();
        }
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            HttpResponse<byte[]> r = get(server, "/" + e.getKey());
            byte[] body = r.body();
            if (e.getKey().endsWith(".html")) {
                body = INJECTED.matcher(new String(body, StandardCharsets.UTF_8)).replaceFirst("")
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (r.statusCode() != 200 || !Arrays.equals(e.getValue(), body)) return e.getKey() + " differs";
        }
        return "";
    }

    private int status(DevServer server, String path) throws Exception {
        return get(server, "/" + path).statusCode();
    }

    private HttpResponse<byte[]> get(DevServer server, String path) throws IOException, InterruptedException, java.net.URISyntaxException {
        String encoded = new URI(null, null, path, null).getRawPath();
        return http.send(HttpRequest.newBuilder(server.url().resolve(encoded)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static DevServer.Listener quiet() {
        return new DevServer.Listener() {
            @Override
            public void built(Rebuild rebuild, Changes cause) {
            }

            @Override
            public void crashed(Changes cause, RuntimeException error) {
                throw error;
            }
        };
    }
}
