package dev.handbook.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * handbook:serve serves the handbook until Ctrl-C (or SIGTERM), then gives both back to Maven. The
 * test stops it with SIGTERM: a process started in the background, as CI may start this one, ignores
 * SIGINT, and the JVM then neither takes a handler for it nor raises it.
 */
@SuppressWarnings("removal")
class ServeMojoTest {
    private static final Pattern SERVING = Pattern.compile("\\[INFO] Serving the handbook at (http://\\S+) \\(Ctrl-C to stop\\)");

    @TempDir
    Path root;

    @Test
    void servesUntilCtrlCAndRestoresTheHandlerItFound() throws Exception {
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/index.md"), "# Served by Maven\n");
        String interruptBefore = current("INT");
        String terminateBefore = current("TERM");

        RecordingLog log = new RecordingLog();
        ServeMojo serve = new ServeMojo();
        serve.root = root.toFile();
        serve.port = 0;
        serve.setLog(log);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread maven = new Thread(() -> {
            try {
                serve.execute();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "maven");
        maven.start();

        String url = awaitUrl(log, maven);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Served by Maven"), page.body());
        assertTrue(maven.isAlive(), "serve blocks until Ctrl-C");

        Signal.raise(new Signal("TERM"));
        maven.join(30_000);
        assertFalse(maven.isAlive(), "SIGTERM stops serve: " + log.text());
        assertNull(failure.get(), () -> "serve ended with " + failure.get() + "\n" + log.text());
        assertTrue(log.lines().contains("[INFO] stopped"), log.text());

        assertEquals(interruptBefore, current("INT"), "Ctrl-C is Maven's again");
        assertEquals(terminateBefore, current("TERM"), "SIGTERM is Maven's again");
    }

    /** The handler of a signal, as the JDK names it (sun.misc wraps the same handler anew on each read). */
    private static String current(String name) {
        Signal signal = new Signal(name);
        SignalHandler handler = Signal.handle(signal, s -> { }); // not SIG_IGN: the JVM would keep ignoring it
        Signal.handle(signal, handler);
        String text = handler.toString();
        return text.contains("<") ? text.substring(text.indexOf('<')) : text;
    }

    private static String awaitUrl(RecordingLog log, Thread maven) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && maven.isAlive()) {
            Optional<String> url = log.lines().stream().map(SERVING::matcher).filter(Matcher::matches)
                    .map(m -> m.group(1)).findFirst();
            if (url.isPresent()) return url.get();
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start: " + log.text());
    }
}
