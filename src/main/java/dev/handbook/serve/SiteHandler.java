package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.handbook.incremental.SiteFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Answers HTTP requests from the site held in memory: {@code GET} and {@code HEAD} only, a folder
 * answers with its {@code index.html} (and a folder named without its final slash redirects to
 * it), anything else not in the site gets the theme's 404 page with status 404. HTML gets the
 * live-reload script. Every answer says {@code nosniff} and carries a Content-Security-Policy
 * ({@link SecurityHeaders}). Paths that try to leave the site are refused with 400 (see {@link RequestPath}).
 * A request naming a host that is not this machine's is refused (403, see {@link AllowedHosts}), so a
 * web page cannot reach the handbook through DNS rebinding.
 */
final class SiteHandler implements HttpHandler {
    private final Supplier<SiteFiles> site;
    private final LiveReload live;
    private final AllowedHosts hosts;
    private final BooleanSupplier trustedHtml;

    /** @param trustedHtml whether handbook.yml, as last read, says raw_html: trusted */
    SiteHandler(Supplier<SiteFiles> site, LiveReload live, AllowedHosts hosts, BooleanSupplier trustedHtml) {
        this.site = site;
        this.live = live;
        this.hosts = hosts;
        this.trustedHtml = trustedHtml;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set(SecurityHeaders.CSP, SecurityHeaders.other());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 403, "forbidden: this server answers only to its own names (see --allow-host)\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "method not allowed\n");
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw != null && raw.startsWith(LiveReload.PREFIX)) {
                own(exchange, raw);
                return;
            }
            Optional<String> path = RequestPath.sitePath(raw);
            if (path.isEmpty()) {
                text(exchange, 400, "bad request: the path leaves the site or is malformed\n");
                return;
            }
            serve(exchange, raw, path.get());
        }
    }

    private void serve(HttpExchange exchange, String raw, String path) throws IOException {
        SiteFiles files = site.get();
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        Optional<byte[]> bytes = files.get(file);
        if (bytes.isPresent()) {
            send(exchange, 200, file, bytes.get(), false);
        } else if (!path.isEmpty() && !path.endsWith("/") && files.get(path + "/index.html").isPresent()) {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
            text(exchange, 301, "moved to " + raw + "/\n");
        } else {
            Optional<byte[]> notFound = files.get("404.html");
            if (notFound.isPresent()) send(exchange, 404, "404.html", notFound.get(), true);
            else send(exchange, 404, "404.html", "<!doctype html><title>Not found</title><h1>Not found</h1>"
                    .getBytes(StandardCharsets.UTF_8), true);
        }
    }

    private void own(HttpExchange exchange, String raw) throws IOException {
        if (raw.equals(LiveReload.EVENTS_PATH) && exchange.getRequestMethod().equals("GET")) {
            live.stream(exchange);
        } else if (raw.equals(LiveReload.SCRIPT_PATH)) {
            byte[] js = ServedPage.SCRIPT.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(raw));
            body(exchange, 200, js);
        } else {
            text(exchange, 404, "not found\n");
        }
    }

    private void send(HttpExchange exchange, int status, String file, byte[] bytes, boolean notFound) throws IOException {
        String type = ContentTypes.of(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        if (type.equals(ContentTypes.HTML)) {
            bytes = ServedPage.inject(bytes, live.state(), notFound);
            exchange.getResponseHeaders().set(SecurityHeaders.CSP, SecurityHeaders.page(trustedHtml.getAsBoolean()));
        }
        body(exchange, status, bytes);
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        body(exchange, status, message.getBytes(StandardCharsets.UTF_8));
    }

    private static void body(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
