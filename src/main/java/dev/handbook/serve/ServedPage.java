package dev.handbook.serve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.render.Html;
import dev.handbook.search.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page as {@code serve} sends it: the built HTML with the live-reload script, its style, and the
 * error overlay while the handbook has errors. The script and style are files beside this class
 * ({@code live.js}, {@code live.css}); {@code handbook build} never writes any of this into a site.
 */
final class ServedPage {
    static final String OVERLAY_ID = "handbook-serve-overlay";
    /** The overlay's style, one line; {@link SecurityHeaders} allows exactly this text by its hash. */
    static final String STYLE = resource("live.css").lines().map(String::strip).collect(Collectors.joining())
            .replace("#OVERLAY", "#" + OVERLAY_ID);
    /** The page side: listen for builds, reload when this page is affected, show and hide the error overlay. */
    static final String SCRIPT = resource("live.js").formatted(OVERLAY_ID, LiveReload.EVENTS_PATH, SearchIndex.DIR);
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    private ServedPage() {
    }

    /**
     * The HTML page as {@code serve} sends it: with the live-reload script, the overlay when the
     * handbook has errors, and for the not-found page a {@code <base>} so its relative links work
     * at any depth.
     */
    static String inject(String html, ServeState state, boolean notFound) {
        return new String(inject(html.getBytes(StandardCharsets.UTF_8), state, notFound), StandardCharsets.UTF_8);
    }

    /** As {@link #inject(String, ServeState, boolean)}, on the UTF-8 bytes, without decoding the page. */
    static byte[] inject(byte[] html, ServeState state, boolean notFound) {
        StringBuilder extra = new StringBuilder(512);
        extra.append("<style>").append(STYLE).append("</style>");
        if (!state.errors().isEmpty()) extra.append(overlay(state));
        extra.append("<script src=\"").append(LiveReload.SCRIPT_PATH).append("\" data-version=\"").append(state.version())
                .append("\"></script>");
        byte[] add = extra.toString().getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfIgnoreCase(html, BODY_END);
        if (at < 0) at = html.length;
        byte[] out = new byte[html.length + add.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(add, 0, out, at, add.length);
        System.arraycopy(html, at, out, at + add.length, html.length - at);
        if (!notFound) return out;
        String page = new String(out, StandardCharsets.UTF_8);
        Matcher head = HEAD.matcher(page);
        if (head.find()) page = page.substring(0, head.end()) + "<base href=\"/\">" + page.substring(head.end());
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    /** Where the last {@code </body>} starts, in any letter case; -1 when there is none. ASCII only, so UTF-8 is safe. */
    private static int lastIndexOfIgnoreCase(byte[] text, byte[] lower) {
        outer:
        for (int i = text.length - lower.length; i >= 0; i--) {
            for (int k = 0; k < lower.length; k++) {
                int c = text[i + k];
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != lower[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** The error overlay, each error's text escaped; the script builds the same markup when errors appear later. */
    static String overlay(ServeState state) {
        List<Diagnostic> errors = state.errors();
        StringBuilder sb = new StringBuilder();
        sb.append("<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\"><h2>")
                .append(errors.size() == 1 ? "The handbook has 1 error" : "The handbook has " + errors.size() + " errors")
                .append("</h2><p>This is the last version that built. Fix the files and the page reloads by itself.</p><ul>");
        for (Diagnostic d : state.listed()) {
            sb.append("<li><code>").append(Html.escape(d.pos().toString())).append("</code>")
                    .append(Html.escape(ServeState.message(d))).append("</li>");
        }
        if (errors.size() > ServeState.MAX_LISTED_ERRORS) {
            sb.append("<li><code>...</code>").append(Html.escape(state.more())).append("</li>");
        }
        return sb.append("</ul></div>").toString();
    }

    private static String resource(String name) {
        try (InputStream in = ServedPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
