package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Live reload over server-sent events: every page {@code serve} sends carries a small script
 * ({@link #SCRIPT_PATH}, see {@link ServedPage}) that listens on {@link #EVENTS_PATH}; after each
 * build this class sends every open page the {@link ServeState}: the site's version, what changed
 * and the errors. A page reloads when it (or a stylesheet, script or image) changed; while the handbook has errors it shows an overlay listing each one
 * ({@code path:line:col} and message) over the last version that built, and the overlay goes away
 * once the files are fixed. The search index is no part of a page: when only it changed, the page
 * stays and its search box forgets the index files it loaded ({@code HandbookSearch.reset}), so the
 * next query reads the new ones. {@code handbook build} never writes any of this into a site.
 */
final class LiveReload implements AutoCloseable {
    static final String PREFIX = "/__handbook/";
    static final String SCRIPT_PATH = PREFIX + "live.js";
    static final String EVENTS_PATH = PREFIX + "events";
    private static final long PING_SECONDS = 15;
    private static final String CLOSE = "\u0000close";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile ServeState state = new ServeState(0, 0, List.of(), List.of());
    private volatile boolean closed;

    ServeState state() {
        return state;
    }

    void publish(ServeState next) {
        state = next;
        String message = next.json();
        for (BlockingQueue<String> c : clients) c.offer(message);
    }

    /** Holds the request open and streams every build's state to the page until it goes away. */
    void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 500\ndata: " + state.json() + "\n\n"); // a page that reconnects learns where things stand
            while (!closed) {
                String message = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(message)) break;
                send(out, message == null ? ": ping\n\n" : "data: " + message + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or navigated away
        } finally {
            clients.remove(queue);
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<String> c : clients) c.offer(CLOSE);
    }

    int clients() {
        return clients.size();
    }
}
