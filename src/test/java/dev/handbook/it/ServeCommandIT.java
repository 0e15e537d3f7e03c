package dev.handbook.it;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6, point 1, as users run it: {@code handbook serve} builds, prints the URL, serves until
 * Ctrl-C and then exits cleanly with 0; a port in use or an unknown audience is a usage error (2).
 */
class ServeCommandIT {
    private static final Pattern URL = Pattern.compile("Serving the handbook at (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void servesUntilCtrlCThenStopsWithExitCodeZero() throws Exception {
        Path root = handbook();
        Process serve = Cli.command(List.of(), Map.of(), "serve", root.toString(), "--port", "0").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        String url = null;
        for (String line; url == null && (line = out.readLine()) != null; ) {
            log.append(line).append('\n');
            Matcher m = URL.matcher(line);
            if (m.find()) url = m.group(1);
        }
        assertTrue(url != null, "no URL printed:\n" + log);
        assertTrue(log.toString().matches("(?s).*built \\d+ pages in .*"), log.toString());
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome aboard"));

        new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on Ctrl-C");
        for (String line; (line = out.readLine()) != null; ) log.append(line).append('\n');
        assertEquals(0, serve.exitValue(), log.toString());
        assertTrue(log.toString().endsWith("stopped\n"), log.toString());
        assertTrue(!Files.exists(root.resolve("site")), "serve writes nothing into the handbook");
    }

    @Test
    void aPortInUseIsAUsageError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process serve = Cli.command(List.of(), Map.of(), "serve", handbook().toString(), "--port",
                    String.valueOf(taken.getLocalPort())).start();
            String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, serve.exitValue(), output);
            assertTrue(output.contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), output);
        }
    }

    @Test
    void anUnknownAudienceIsAUsageError() throws Exception {
        Process serve = Cli.command(List.of(), Map.of(), "serve", handbook().toString(), "--port", "0",
                "--audience", "managerz").start();
        String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, serve.exitValue(), output);
        assertTrue(output.contains("unknown audience 'managerz'"), output);
    }

    private static Path handbook() throws IOException {
        Path root = Files.createTempDirectory("handbook-serve-cli-");
        Files.createDirectories(root.resolve("content/roles"));
        Files.writeString(root.resolve("content/index.md"), "# Welcome aboard\n");
        Files.writeString(root.resolve("content/roles/em.md"), "# Engineering manager\n");
        Files.writeString(root.resolve("handbook.yml"), "audiences: [everyone, managers]\n");
        return root;
    }
}
