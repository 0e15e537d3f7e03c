package dev.handbook.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Excludes other builds from one output folder while this one replaces it: an operating-system lock
 * on {@code .NAME.lock} beside the folder ({@code .site.lock} next to {@code site/}), holding the
 * pid of the build that holds it so the one refused can say who. The lock goes when the process
 * does, however it ends, so a killed build never leaves the folder locked. The file itself stays:
 * deleting it would let a third build lock a new file while a second still holds the old one.
 */
final class OutputLock implements AutoCloseable {
    /**
     * Lock files this JVM holds. POSIX drops every lock a process holds on a file when it closes any
     * descriptor of that file, so a second build in the same JVM must not even open the file to look.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the output folder {@code target} (a real, absolute path). */
    static Path fileOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}, or says who holds it: empty lock and the holder's pid (or
     * "unknown" when it has not written it yet) when another build is writing.
     */
    static Attempt acquire(Path target) throws IOException {
        Path file = fileOf(target);
        if (!HELD.add(file)) return Attempt.busy(String.valueOf(ProcessHandle.current().pid()));
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                HELD.remove(file);
                return Attempt.busy(holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new Attempt(Optional.of(new OutputLock(file, channel, lock)), "");
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            HELD.remove(file);
            if (e instanceof OverlappingFileLockException) return Attempt.busy(String.valueOf(ProcessHandle.current().pid()));
            throw e;
        }
    }

    /** The pid the holder wrote, read through the channel we already have open. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        channel.read(buf, 0);
        String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
        return pid.matches("[0-9]{1,19}") ? pid : "unknown";
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // The lock dies with the process at the latest.
            }
            HELD.remove(file);
        }
    }

    /** A lock taken, or the pid of the build that holds it. */
    record Attempt(Optional<OutputLock> lock, String holder) {
        static Attempt busy(String holder) {
            return new Attempt(Optional.empty(), holder);
        }
    }
}
