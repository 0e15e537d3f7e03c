package dev.handbook.serve;

import com.sun.net.httpserver.HttpServer;
import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.incremental.Changes;
import dev.handbook.incremental.IncrementalBuild;
import dev.handbook.incremental.Rebuild;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.Progress;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code handbook serve}: builds the handbook into memory, serves it over HTTP, and rebuilds what a
 * change affects whenever a file under content/ or themes/ (or handbook.yml) changes, telling open
 * pages to reload. The search index, which reads every page, follows in the background once the
 * files have been quiet for {@link #SEARCH_DELAY_MILLIS}, so a saved page is served without waiting
 * for it; a newer change supersedes index work under way. A build with errors never stops the
 * server: pages keep the last site that built and show the errors over it. Listens on 127.0.0.1
 * unless told otherwise, and writes nothing to disk.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(options, "127.0.0.1", 4000, listener)) {
 *     System.out.println(server.url());
 *     ...
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {
    /** Told about every build, on the thread that ran it; for the command to print. */
    public interface Listener {
        /** A build finished; {@code cause} is what changed ({@link Changes#all()} for the first build). */
        void built(Rebuild rebuild, Changes cause);

        /** A build stopped on an internal error; the server goes on, and the next change reads everything again. */
        void crashed(Changes cause, RuntimeException error);

        /** The search index caught up with the pages served ({@link Rebuild.Scope#SEARCH}), on the indexing thread. */
        default void indexed(Rebuild rebuild) {
        }
    }

    /** How long the files must be quiet after a rebuild before the search index is made again. */
    static final long SEARCH_DELAY_MILLIS = 150;

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private final HttpServer http;
    private final ExecutorService executor;
    private final IncrementalBuild build;
    private final LiveReload live = new LiveReload();
    private final Listener listener;
    private final Watcher watcher;
    private final AllowedHosts hosts;
    private final ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "handbook-search-index");
        t.setDaemon(true);
        return t;
    });
    /** The search index update waiting for the files to be quiet; guarded by {@code this}. */
    private ScheduledFuture<?> indexing;
    private volatile boolean closed;

    private DevServer(HttpServer http, ExecutorService executor, IncrementalBuild build, Listener listener,
                      BuildOptions options, List<String> allowHosts) throws IOException {
        this.http = http;
        this.executor = executor;
        this.build = build;
        this.listener = listener;
        this.hosts = AllowedHosts.of(http.getAddress().getAddress(), allowHosts);
        publish(build.last(), 0);
        http.createContext("/", new SiteHandler(build::site, live, hosts,
                () -> build.rawHtml() == RawHtmlPolicy.TRUSTED));
        this.watcher = Watcher.start(options.root(), this::changed);
        http.start();
    }

    /**
     * Binds the port first (so a port in use fails before a long build), builds the handbook, then
     * starts serving and watching. {@code port} 0 picks a free port; see {@link #url()}.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static DevServer start(BuildOptions options, String bind, int port, Progress progress, Listener listener)
            throws IOException {
        return start(options, bind, port, List.of(), progress, listener);
    }

    /**
     * As {@link #start(BuildOptions, String, int, Progress, Listener)}, also answering requests that
     * name one of {@code allowHosts} (besides this machine's own names; see {@link #hosts()}).
     */
    public static DevServer start(BuildOptions options, String bind, int port, List<String> allowHosts,
                                  Progress progress, Listener listener) throws IOException {
        // The JDK server leaves Nagle's algorithm on, so every answer on a kept-alive connection waits
        // for the browser's delayed ACK: 40 ms per file. Read once, when the first server is made.
        if (System.getProperty(NO_DELAY) == null) System.setProperty(NO_DELAY, "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 64);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "handbook-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        IncrementalBuild build = null;
        try {
            build = IncrementalBuild.start(options, progress);
            listener.built(build.last(), Changes.all());
            return new DevServer(http, executor, build, listener, options, allowHosts);
        } catch (IOException | RuntimeException | Error e) {
            http.stop(0);
            executor.shutdownNow();
            if (build != null) build.close();
            throw e;
        }
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:4000/}. */
    public URI url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + address.getPort() + "/");
    }

    /**
     * The host names a request may give besides {@code localhost}, {@code 127.x.x.x} and {@code [::1]}:
     * this machine's names and addresses when it listens beyond loopback, and those allowed.
     */
    public List<String> hosts() {
        return hosts.names();
    }

    /** The build behind the server, for tests and the command's summary. */
    public IncrementalBuild build() {
        return build;
    }

    private void changed(Changes changes) {
        long before = build.site().version();
        Rebuild r;
        try {
            r = build.apply(changes);
        } catch (RuntimeException e) {
            listener.crashed(changes, e);
            return;
        }
        publish(r, before);
        listener.built(r, changes);
        scheduleSearch();
    }

    /** Makes the search index again once the files have been quiet for a while (again, if a change came meanwhile). */
    private synchronized void scheduleSearch() {
        if (closed || !build.searchPending()) return;
        if (indexing != null) indexing.cancel(false);
        indexing = indexer.schedule(this::updateSearch, SEARCH_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void updateSearch() {
        Optional<Rebuild> r;
        try {
            r = build.updateSearch();
        } catch (RuntimeException e) {
            if (!closed) listener.crashed(Changes.all(), e);
            return;
        }
        // Empty when a rebuild superseded it: that rebuild scheduled the index again.
        if (r.isEmpty() || closed) return;
        if (!r.get().changed().isEmpty() || !r.get().removed().isEmpty()) publish(r.get(), r.get().version() - 1);
        listener.indexed(r.get());
    }

    /** Tells the pages of a build; states only go forward, whichever thread publishes first. */
    private synchronized void publish(Rebuild r, long before) {
        if (r.version() < live.state().version()) return;
        List<String> changed = new java.util.ArrayList<>(r.changed());
        changed.addAll(r.removed());
        live.publish(new ServeState(r.version(), before, changed, build.last().errors()));
    }

    /** Stops watching and serving; open pages lose their connection and retry until a server is back. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            indexer.shutdownNow();
        }
        watcher.close();
        live.close();
        http.stop(0);
        executor.shutdownNow();
        build.close();
    }
}
