package dev.handbook.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the path of an HTTP request into the path of a file of the site, or refuses it. The site is
 * held in memory and looked up by this path, so no request can reach a file on disk; on top of
 * that, anything that tries to climb or hide a separator is refused outright: {@code ..} and
 * {@code .} segments (also when percent-encoded, {@code %2e%2e}), encoded slashes and backslashes,
 * NUL and other control characters, and escapes that are not valid UTF-8.
 */
final class RequestPath {
    private RequestPath() {
    }

    /**
     * The site path for a raw (still percent-encoded) request path: {@code /roles/em/} gives
     * {@code roles/em/} and {@code /} gives {@code ""}. Empty when the path is refused.
     */
    static Optional<String> sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        String[] segments = rawPath.substring(1).split("/", -1);
        StringBuilder out = new StringBuilder(rawPath.length());
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if (segments[i].isEmpty()) {
                if (last) break; // a trailing slash: a folder
                return Optional.empty(); // "//": an empty segment
            }
            Optional<String> segment = decode(segments[i]);
            if (segment.isEmpty() || !safe(segment.get())) return Optional.empty();
            out.append(segment.get());
            if (!last) out.append('/');
        }
        return Optional.of(out.toString());
    }

    private static boolean safe(String segment) {
        if (segment.equals(".") || segment.equals("..")) return false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) return false;
        }
        return true;
    }

    /** Undoes percent-encoding strictly: a broken escape or bytes that are not UTF-8 refuse the path. */
    private static Optional<String> decode(String segment) {
        if (segment.chars().allMatch(c -> c != '%' && c < 0x80)) return Optional.of(segment);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                if (c > 0xff) return Optional.empty();
                bytes.write(c); // the server reads the request line byte by byte, so this is one raw byte
                continue;
            }
            if (i + 2 >= segment.length()) return Optional.empty();
            int hi = Character.digit(segment.charAt(i + 1), 16);
            int lo = Character.digit(segment.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) return Optional.empty();
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
