package dev.handbook.serve;

import dev.handbook.TestSite;
import dev.handbook.incremental.Changes;
import dev.handbook.incremental.Rebuild;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Issue 6, points 1, 3 and 4: what the server answers, what it refuses, and how pages learn of builds. */
class DevServerTest {
    private static final String SECRET = "TOP-SECRET-OUTSIDE-THE-SITE";
    private TestSite site;
    private DevServer server;
    private final List<Rebuild> builds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = TestSite.of("""
                -- content/index.md --
                # Handbook

                Read about [roles](roles/em.md).
                -- content/roles/em.md --
                ---
                title: Engineering manager
                ---
                Leads a team.
                -- content/roles/chart.png --
                PNG
                -- content/rituals/retro.md --
                ---
                type: ritual
                cadence: weekly
                duration: 1h
                purpose: Improve.
                ---
                Looks back.
                -- secret.txt --
                """ + SECRET + "\n");
        BuildOptions options = site.options().withToday(LocalDate.of(2026, 11, 1)).withThreads(2);
        server = DevServer.start(options, "127.0.0.1", 0, Progress.NONE, new DevServer.Listener() {
            @Override
            public void built(Rebuild rebuild, Changes cause) {
                builds.add(rebuild);
            }

            @Override
            public void crashed(Changes cause, RuntimeException error) {
                fail(error);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pagesFoldersAndFilesWithTheirContentTypes() throws IOException {
        assertResponse("/", 200, "text/html; charset=utf-8", "<h1>Handbook</h1>");
        assertResponse("/roles/em/", 200, "text/html; charset=utf-8", "Leads a team.");
        assertResponse("/roles/em/index.html", 200, "text/html; charset=utf-8", "Leads a team.");
        assertResponse("/assets/style.css", 200, "text/css; charset=utf-8", "");
        assertResponse("/assets/handbook.js", 200, "text/javascript; charset=utf-8", "");
        assertResponse("/sitemap.xml", 200, "application/xml; charset=utf-8", "<urlset");
        assertResponse("/rituals.ics", 200, "text/calendar; charset=utf-8", "BEGIN:VCALENDAR");
        assertResponse("/roles/chart.png", 200, "image/png", "PNG");
        Response r = get("/roles/em");
        assertEquals(301, r.status(), "a folder without its slash");
        assertEquals("/roles/em/", r.headers().get("location"));
        assertEquals("nosniff", get("/").headers().get("x-content-type-options"));
    }

    @Test
    void anythingElseGetsTheThemesNotFoundPageWithStatus404() throws IOException {
        Response r = get("/no/such/page/");
        assertEquals(404, r.status());
        assertEquals("text/html; charset=utf-8", r.headers().get("content-type"));
        assertTrue(r.body().contains("Page not found"), "the theme's 404.html");
        assertTrue(r.body().contains("<base href=\"/\">"), "its relative links work at any depth");
        assertEquals(404, get("/missing.png").status());
    }

    @Test
    void headIsAnsweredWithoutABodyAndOtherMethodsAreRefused() throws IOException {
        Response head = request("HEAD /roles/em/ HTTP/1.1", "127.0.0.1");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertTrue(Integer.parseInt(head.headers().get("content-length")) > 0);
        Response post = request("POST / HTTP/1.1", "127.0.0.1");
        assertEquals(405, post.status());
        assertEquals("GET, HEAD", post.headers().get("allow"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
            "/..%2fsecret.txt", "/roles/..%2f..%2fsecret.txt", "/roles/%2e%2e/%2e%2e/secret.txt", "/%2fetc%2fpasswd",
            "/..%5csecret.txt", "/roles/%5c..%5c..%5csecret.txt", "/./secret.txt", "/roles/./em/", "/a%00b", "/%ff%fe",
            "/%2", "/secret.txt", "/handbook.yml", "/content/index.md", "/etc/passwd", "//etc/passwd",
            "http://127.0.0.1/../secret.txt"})
    void noPathReachesAFileOutsideTheSite(String path) throws IOException {
        Response r = request("GET " + path + " HTTP/1.1", "127.0.0.1");
        assertTrue(r.status() == 400 || r.status() == 404, path + " gave " + r.status());
        assertFalse(r.body().contains(SECRET) || r.body().contains("root:x:0:0"), path + " leaked a file");
    }

    @Test
    void symbolicLinksInContentAreNeitherFollowedNorServed() throws Exception {
        Path content = site.root().resolve("content");
        Files.createSymbolicLink(content.resolve("leak.txt"), site.root().resolve("secret.txt"));
        Files.createSymbolicLink(content.resolve("outside"), site.root());
        awaitBuildsAfter(() -> !server.build().last().ok(), "the links are an error");
        for (String path : List.of("/leak.txt", "/outside/secret.txt", "/outside/content/index.md")) {
            Response r = get(path);
            assertEquals(404, r.status(), path);
            assertFalse(r.body().contains(SECRET), path);
        }
        assertTrue(get("/").body().contains("symbolic links are not followed"), "the overlay says why");
    }

    @Test
    void onLoopbackOnlyRequestsForLocalhostAreAnswered() throws IOException {
        assertEquals(200, request("GET / HTTP/1.1", "localhost:" + port()).status());
        assertEquals(200, request("GET / HTTP/1.1", "127.0.0.1:" + port()).status());
        assertEquals(200, request("GET / HTTP/1.1", "[::1]:" + port()).status());
        Response rebinding = request("GET / HTTP/1.1", "attacker.example:" + port());
        assertEquals(403, rebinding.status(), "a page on another site reaching us through DNS rebinding");
        assertEquals(403, request("GET / HTTP/1.1", "127.0.0.1.attacker.example").status());
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws IOException {
        assertTrue(InetAddress.getByName(server.url().getHost()).isLoopbackAddress(), server.url().toString());
        Optional<InetAddress> other = nonLoopbackAddress();
        if (other.isEmpty()) return; // a machine with no network: nothing else to reach us through
        try (Socket s = new Socket()) {
            assertThrows(ConnectException.class, () -> s.connect(new InetSocketAddress(other.get(), port()), 2000),
                    "reachable through " + other.get());
        }
    }

    @Test
    void theLiveReloadScriptIsInHtmlOnlyAndNeverInABuild() throws IOException {
        assertTrue(get("/").body().contains("<script src=\"/__handbook/live.js\" data-version=\"1\"></script></body>"));
        assertFalse(get("/assets/style.css").body().contains("__handbook"));
        assertResponse("/__handbook/live.js", 200, "text/javascript; charset=utf-8", "new EventSource('/__handbook/events')");
        for (byte[] file : server.build().site().files().values()) {
            assertFalse(new String(file, StandardCharsets.UTF_8).contains("__handbook"), "the built site has no serve script");
        }
        assertTrue(site.build().written());
        for (String path : List.of("index.html", "roles/em/index.html", "404.html")) {
            assertFalse(site.output(path).contains("__handbook"), "handbook build writes no serve script: " + path);
        }
    }

    @Test
    void anErrorShowsAnEscapedOverlayOverTheLastSiteAndTheFixRemovesIt() throws Exception {
        String page = Files.readString(site.root().resolve("content/roles/em.md"));
        site.file("content/roles/em.md", page + "\nSee [[role:<img src=x onerror=alert(1)>]].\n");
        awaitBuildsAfter(() -> !server.build().last().ok(), "the broken reference");
        String html = get("/roles/em/").body();
        assertTrue(html.contains("Leads a team."), "still the last site that built");
        String overlay = html.substring(html.indexOf("<div id=\"handbook-serve-overlay\""));
        assertTrue(overlay.contains("<code>content/roles/em.md:6:12</code>"), overlay);
        assertTrue(overlay.contains("unknown role &#39;&lt;img src=x onerror=alert(1)&gt;&#39;"), overlay);
        assertFalse(overlay.contains("<img"), "the message is text, not markup");
        site.file("content/roles/em.md", page + "\nSee the [retro](../rituals/retro.md).\n");
        awaitBuildsAfter(() -> server.build().last().ok(), "the fix");
        html = get("/roles/em/").body();
        assertFalse(html.contains("handbook-serve-overlay\" role"), "no overlay once fixed");
        assertTrue(html.contains("data-version=\"2\""));
    }

    @Test
    void pagesAreToldOfEachBuildOverServerSentEvents() throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /__handbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 200 OK", in.readLine());
            String first = nextEvent(in);
            assertTrue(first.startsWith("{\"version\":1,"), first);
            site.file("content/roles/em.md", "---\ntitle: Engineering manager\n---\nLeads a team well.\n");
            String next = nextEvent(in);
            assertEquals("{\"version\":2,\"previous\":1,\"changed\":[\"roles/em/index.html\"],\"total\":0,\"errors\":[]}",
                    next);
            String index = nextEvent(in); // the search index follows the page once the files are quiet
            assertTrue(index.matches("\\{\"version\":3,\"previous\":2,\"changed\":\\[(\"search-index/[^\"]+\",?)+],"
                    + "\"total\":0,\"errors\":\\[]}") && index.contains("\"search-index/index.js\""), index);
            site.file("content/roles/em.md", "---\ntitle: Engineering manager\n---\nSee [[role:x\"<y>]].\n");
            String broken = nextEvent(in);
            assertTrue(broken.contains("\"errors\":[{\"where\":\"content/roles/em.md:4:12\",\"message\":\"unknown role "
                    + "'x\\\"\\u003cy\\u003e'\"}]"), broken);
        }
    }

    // issue 23.3: serve says nosniff and a Content-Security-Policy that allows only the theme's scripts
    @Test
    void everyAnswerCarriesNosniffAndAContentSecurityPolicy() throws IOException {
        Response page = get("/");
        assertEquals("nosniff", page.headers().get("x-content-type-options"));
        String csp = page.headers().get("content-security-policy");
        assertTrue(csp.contains("script-src 'self' 'unsafe-hashes' 'sha256-"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        Response file = get("/roles/chart.png");
        assertEquals("nosniff", file.headers().get("x-content-type-options"));
        assertTrue(file.headers().get("content-security-policy").endsWith("sandbox"), file.headers().toString());
    }

    // issue 23.3: an SVG with script is refused, not served as image/svg+xml
    @Test
    void anSvgWithScriptIsAnErrorAndIsNotServed() throws Exception {
        site.file("content/roles/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        awaitBuildsAfter(() -> !server.build().last().ok(), "the SVG is an error");
        assertEquals(404, get("/roles/evil.svg").status());
        assertTrue(get("/").body().contains("has an event handler (onload)"), "the overlay says why");
    }

    // issue 23.14: listening on every address turned the Host check off: Host: evil.example got 200
    @Test
    void onEveryAddressTheHostCheckAcceptsThisMachineAndAllowedNamesOnly() throws Exception {
        BuildOptions options = site.options().withToday(LocalDate.of(2026, 11, 1)).withThreads(2);
        try (DevServer wide = DevServer.start(options, "0.0.0.0", 0, List.of("Handbook.Internal"), Progress.NONE,
                QUIET)) {
            int port = wide.url().getPort();
            java.util.function.Function<String, Integer> status = host -> {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.setSoTimeout(20_000);
                    s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    String first = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                            .readLine();
                    return Integer.parseInt(first.split(" ")[1]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            assertEquals(403, status.apply("evil.example"), "DNS rebinding through any name");
            assertEquals(403, status.apply("evil.example:" + port));
            assertEquals(200, status.apply("localhost:" + port));
            assertEquals(200, status.apply("handbook.internal:" + port), "a name given with --allow-host");
            assertEquals(200, status.apply(InetAddress.getLocalHost().getHostName() + ":" + port), "the machine's name");
            Optional<InetAddress> lan = nonLoopbackAddress();
            if (lan.isPresent()) assertEquals(200, status.apply(lan.get().getHostAddress() + ":" + port), "its address");
            assertTrue(wide.hosts().contains("handbook.internal"), wide.hosts().toString());
        }
    }

    // issue 23.13: serve's overlay in a wider edition tells where a restricted file's problem is, not what it says
    @Test
    void theOverlayOfAWiderEditionTellsNoRestrictedContent() throws Exception {
        TestSite restricted = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home
                -- content/pay.md --
                ---
                audience: managers
                salary: cnrysalary: 120k
                ---
                """);
        BuildOptions options = restricted.options().withThreads(2);
        try (DevServer s = DevServer.start(options, "127.0.0.1", 0, Progress.NONE, QUIET)) {
            assertEquals(List.of("content/pay.md:3: error: a problem in content the 'everyone' edition leaves out; its "
                    + "details are shown only when building the edition it is for (--audience)"),
                    s.build().last().diagnostics().stream().map(d -> d.headline()).toList());
        }
        try (DevServer s = DevServer.start(options.withAudience("managers"), "127.0.0.1", 0, Progress.NONE, QUIET)) {
            assertTrue(s.build().last().diagnostics().get(0).message().contains("mapping values are not allowed"));
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------

    private record Response(int status, Map<String, String> headers, String body) {
    }

    /** A listener for servers a test starts of its own, whose builds it reads from the server. */
    private static final DevServer.Listener QUIET = new DevServer.Listener() {
        @Override
        public void built(Rebuild rebuild, Changes cause) {
        }

        @Override
        public void crashed(Changes cause, RuntimeException error) {
        }
    };

    private void assertResponse(String path, int status, String type, String contains) throws IOException {
        Response r = get(path);
        assertEquals(status, r.status(), path);
        assertEquals(type, r.headers().get("content-type"), path);
        assertTrue(r.body().contains(contains), path + " contains " + contains);
    }

    private Response get(String path) throws IOException {
        return request("GET " + path + " HTTP/1.1", "127.0.0.1:" + port());
    }

    /** Sends the request line exactly as given (no client normalises the path) and reads the whole answer. */
    private Response request(String requestLine, String host) throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] all = s.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", port());
        s.setSoTimeout(20_000);
        return s;
    }

    private int port() {
        return server.url().getPort();
    }

    /** The data of the next server-sent event, skipping pings and the chunked framing. */
    private static String nextEvent(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("data: ")) return line.substring(6);
        }
        throw new IOException("the event stream ended");
    }

    private void awaitBuildsAfter(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("no build after " + what + "; builds: " + builds);
            Thread.sleep(20);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface n : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) continue;
            for (InetAddress a : java.util.Collections.list(n.getInetAddresses())) if (a instanceof Inet4Address) found.add(a);
        }
        return found.stream().findFirst();
    }
}
