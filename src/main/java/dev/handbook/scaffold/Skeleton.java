package dev.handbook.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a new handbook, read from this package's resources: {@code init/files.txt} lists
 * them, {@code launcher/} holds the two launchers the release zip ships in {@code bin/}.
 */
final class Skeleton {
    static final String INIT = "init/";
    static final String MANIFEST = INIT + "files.txt";
    static final String TODAY = "{{today}}";

    /**
     * One file to write.
     *
     * @param path       where it goes, relative to the new handbook, with forward slashes
     * @param bytes      its content
     * @param executable whether Unix should run it ({@code ./handbook})
     */
    record File(String path, byte[] bytes, boolean executable) {
    }

    private Skeleton() {
    }

    static List<File> files(LocalDate today) {
        List<File> files = new ArrayList<>();
        for (String line : text(MANIFEST).split("\n")) {
            String stored = line.strip();
            if (stored.isEmpty() || stored.startsWith("#")) continue;
            String text = text(INIT + stored);
            if (stored.endsWith(".md")) text = text.replace(TODAY, today.toString());
            files.add(new File(target(stored), text.getBytes(StandardCharsets.UTF_8), false));
        }
        files.add(new File("handbook", bytes("launcher/handbook"), true));
        // cmd.exe wants CRLF line ends; the source keeps LF like every other file.
        files.add(new File("handbook.cmd", text("launcher/handbook.cmd").replace("\r\n", "\n").replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8), false));
        return files;
    }

    /** {@code dot-github/workflows/x.yml} is written as {@code .github/workflows/x.yml}. */
    static String target(String stored) {
        StringBuilder sb = new StringBuilder();
        for (String part : stored.split("/")) {
            if (sb.length() > 0) sb.append('/');
            sb.append(part.startsWith("dot-") ? "." + part.substring(4) : part);
        }
        return sb.toString();
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Skeleton.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource missing from the jar: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
