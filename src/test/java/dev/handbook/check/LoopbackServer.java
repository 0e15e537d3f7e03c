package dev.handbook.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on 127.0.0.1 for the external-link tests: {@code /ok} answers 200, {@code /moved} 301
 * to /ok, {@code /gone} 404, {@code /busy} 429 with Retry-After: 1 the first time and 200 after,
 * {@code /down} 500, {@code /never} never answers, {@code /slow/N} answers 200 once two of them
 * wait at the same time (or after a second). It counts requests per path and the most
 * {@code /slow/} requests that waited at once.
 */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Object pair = new Object();

    LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        int n = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        try {
            if (path.equals("/never")) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            if (path.startsWith("/slow/")) awaitCompany();
            switch (path) {
                case "/moved" -> {
                    x.getResponseHeaders().set("Location", "/ok");
                    answer(x, 301);
                }
                case "/gone" -> answer(x, 404);
                case "/busy" -> {
                    if (n == 1) x.getResponseHeaders().set("Retry-After", "1");
                    answer(x, n == 1 ? 429 : 200);
                }
                case "/down" -> answer(x, 500);
                default -> answer(x, path.equals("/ok") || path.startsWith("/slow/") ? 200 : 404);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            x.close();
        }
    }

    /** Waits until another request waits too, so a test sees how many run at once. */
    private void awaitCompany() throws InterruptedException {
        synchronized (pair) {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            pair.notifyAll();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (inFlight.get() < 2 && System.nanoTime() < end) pair.wait(50);
            pair.notifyAll();
        }
        // Leaves only after answering starts being possible for the other one; counted out before the answer.
        inFlight.decrementAndGet();
    }

    private static void answer(HttpExchange x, int status) throws IOException {
        boolean head = x.getRequestMethod().equals("HEAD");
        byte[] body = ("status " + status).getBytes();
        x.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) x.getResponseBody().write(body);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
