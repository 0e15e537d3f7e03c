package dev.handbook.maven;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the JVM's signal handlers across a command that replaces them: {@code handbook serve} turns
 * Ctrl-C into a clean stop for as long as it runs, and Maven, which goes on in the same JVM
 * afterwards, must get Ctrl-C back.
 */
@SuppressWarnings("removal")
final class Signals {
    private Signals() {
    }

    /** Restores, on close, the handlers these signals have now. */
    static Kept keep(String... names) {
        Map<Signal, SignalHandler> handlers = new LinkedHashMap<>();
        for (String name : names) {
            try {
                Signal signal = new Signal(name);
                // Reading a handler means replacing it for a moment; not with SIG_IGN, which the JVM
                // would then keep for INT and TERM as if the process had been started ignoring them.
                SignalHandler current = Signal.handle(signal, s -> { });
                Signal.handle(signal, current);
                handlers.put(signal, current);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // a signal this platform does not have: nothing to keep
            }
        }
        return () -> handlers.forEach(Signal::handle);
    }

    /** The handlers to put back. */
    interface Kept extends AutoCloseable {
        @Override
        void close();
    }
}
