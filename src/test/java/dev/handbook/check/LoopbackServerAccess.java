package dev.handbook.check;

/** Lets tests of other packages use the {@link LoopbackServer}. */
public final class LoopbackServerAccess implements AutoCloseable {
    private final LoopbackServer server;

    private LoopbackServerAccess(LoopbackServer server) {
        this.server = server;
    }

    public static LoopbackServerAccess start() {
        return new LoopbackServerAccess(new LoopbackServer());
    }

    public int port() {
        return server.port();
    }

    public int hits(String path) {
        return server.hits(path);
    }

    @Override
    public void close() {
        server.close();
    }
}
