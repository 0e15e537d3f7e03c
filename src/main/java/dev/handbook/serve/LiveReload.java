package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Json;
import dev.handbook.render.Html;
import dev.handbook.search.SearchIndex;

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
 * Live reload over server-sent events. Every HTML page {@code serve} sends carries a small script
 * ({@link #SCRIPT_PATH}) that listens on {@link #EVENTS_PATH}: after each build the server sends
 * the site's version, what changed and the errors. A page reloads when it (or a stylesheet,
 * script or image) changed; while the handbook has errors it shows an overlay listing each one
 * ({@code path:line:col} and message) over the last version that built, and the overlay goes away
 * once the files are fixed. The search index is no part of a page: when only it changed, the page
 * stays and its search box forgets the index files it loaded ({@code HandbookSearch.reset}), so the
 * next query reads the new ones. {@code handbook build} never writes any of this into a site.
 */
final class LiveReload implements AutoCloseable {
    static final String PREFIX = "/__handbook/";
    static final String SCRIPT_PATH = PREFIX + "live.js";
    static final String EVENTS_PATH = PREFIX + "events";
    static final String OVERLAY_ID = "handbook-serve-overlay";
    private static final long PING_SECONDS = 15;
    private static final String CLOSE = "\u0000close";
    /** A build that changed more files than this tells pages "everything changed" instead of listing them. */
    private static final int MAX_LISTED = 500;

    /**
     * What the browser is told after a build.
     *
     * @param version  the site's version now
     * @param previous the version before this build
     * @param changed  site paths that changed, or null when too many to list
     * @param errors   the handbook's errors, empty when it built
     */
    record State(long version, long previous, List<String> changed, List<Diagnostic> errors) {
        State {
            changed = changed == null || changed.size() > MAX_LISTED ? null : List.copyOf(changed);
            errors = List.copyOf(errors);
        }
    }

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile State state = new State(0, 0, List.of(), List.of());
    private volatile boolean closed;

    State state() {
        return state;
    }

    void publish(State next) {
        state = next;
        String message = json(next);
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
            send(out, "retry: 500\ndata: " + json(state) + "\n\n"); // a page that reconnects learns where things stand
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

    /**
     * The HTML page as {@code serve} sends it: with the live-reload script, the overlay when the
     * handbook has errors, and for the not-found page a {@code <base>} so its relative links work
     * at any depth.
     */
    static String inject(String html, State state, boolean notFound) {
        return new String(inject(html.getBytes(StandardCharsets.UTF_8), state, notFound), StandardCharsets.UTF_8);
    }

    /** As {@link #inject(String, State, boolean)}, on the UTF-8 bytes, without decoding the page. */
    static byte[] inject(byte[] html, State state, boolean notFound) {
        StringBuilder extra = new StringBuilder(512);
        extra.append("<style>").append(STYLE).append("</style>");
        if (!state.errors().isEmpty()) extra.append(overlay(state.errors()));
        extra.append("<script src=\"").append(SCRIPT_PATH).append("\" data-version=\"").append(state.version())
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
        java.util.regex.Matcher head = java.util.regex.Pattern.compile("<head(\\s[^>]*)?>",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(page);
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

    /** Errors the overlay lists; the header still counts them all (a flood once sent megabytes to every page). */
    static final int MAX_LISTED_ERRORS = 100;
    /** Characters of one error's message the overlay shows. */
    static final int MAX_MESSAGE = 1000;

    /** The error overlay, each error's text escaped; the script builds the same markup when errors appear later. */
    static String overlay(List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\"><h2>")
                .append(errors.size() == 1 ? "The handbook has 1 error" : "The handbook has " + errors.size() + " errors")
                .append("</h2><p>This is the last version that built. Fix the files and the page reloads by itself.</p><ul>");
        for (Diagnostic d : listed(errors)) {
            sb.append("<li><code>").append(Html.escape(d.pos().toString())).append("</code>")
                    .append(Html.escape(message(d))).append("</li>");
        }
        if (errors.size() > MAX_LISTED_ERRORS) {
            sb.append("<li><code>...</code>").append(Html.escape(more(errors))).append("</li>");
        }
        return sb.append("</ul></div>").toString();
    }

    private static List<Diagnostic> listed(List<Diagnostic> errors) {
        return errors.size() <= MAX_LISTED_ERRORS ? errors : errors.subList(0, MAX_LISTED_ERRORS);
    }

    private static String message(Diagnostic d) {
        String m = d.message();
        return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "…";
    }

    private static String more(List<Diagnostic> errors) {
        return "and " + (errors.size() - MAX_LISTED_ERRORS) + " more; the terminal running handbook serve lists them";
    }

    static String json(State s) {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"version\":").append(s.version()).append(",\"previous\":").append(s.previous()).append(",\"changed\":");
        if (s.changed() == null) {
            sb.append("null");
        } else {
            sb.append('[');
            for (int i = 0; i < s.changed().size(); i++) sb.append(i == 0 ? "" : ",").append(Json.HTML.string(s.changed().get(i)));
            sb.append(']');
        }
        sb.append(",\"total\":").append(s.errors().size()).append(",\"errors\":[");
        List<Diagnostic> listed = listed(s.errors());
        for (int i = 0; i < listed.size(); i++) {
            Diagnostic d = listed.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"where\":").append(Json.HTML.string(d.pos().toString()))
                    .append(",\"message\":").append(Json.HTML.string(message(d))).append('}');
        }
        if (s.errors().size() > MAX_LISTED_ERRORS) {
            sb.append(",{\"where\":\"...\",\"message\":").append(Json.HTML.string(more(s.errors()))).append('}');
        }
        return sb.append("]}").toString();
    }

    static final String STYLE = "#" + OVERLAY_ID + "{position:fixed;inset:0;z-index:2147483647;overflow:auto;"
            + "box-sizing:border-box;padding:2rem;background:rgba(24,24,27,.94);color:#fafafa;"
            + "font:15px/1.5 system-ui,sans-serif}#" + OVERLAY_ID + " h2{margin:0 0 .5rem;color:#fca5a5;font-size:1.25rem}#"
            + OVERLAY_ID + " ul{padding:0;list-style:none}#" + OVERLAY_ID + " li{margin:.75rem 0;white-space:pre-wrap}#"
            + OVERLAY_ID + " code{display:block;color:#fde68a;font:13px ui-monospace,monospace}";

    /** The page side: listen for builds, reload when this page is affected, show and hide the error overlay. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var me = document.currentScript;
              var version = me ? me.getAttribute('data-version') : null;
              var here = location.pathname.replace(/^\\//, '');
              if (here === '' || here.endsWith('/')) here += 'index.html';
              try { here = decodeURIComponent(here); } catch (e) { }
              function searchIndex(p) { return p.indexOf('%3$s') === 0; }
              function affected(changed) {
                if (changed === null) return true;
                return changed.some(function (p) { return p === here || !/\\.html$/.test(p) && !searchIndex(p); });
              }
              function show(errors, total) {
                var box = document.getElementById('%1$s');
                if (!box) {
                  box = document.createElement('div');
                  box.id = '%1$s';
                  box.setAttribute('role', 'alert');
                  document.body.appendChild(box);
                }
                box.textContent = '';
                var h = document.createElement('h2');
                h.textContent = 'The handbook has ' + total + (total === 1 ? ' error' : ' errors');
                var p = document.createElement('p');
                p.textContent = 'This is the last version that built. Fix the files and the page reloads by itself.';
                var ul = document.createElement('ul');
                errors.forEach(function (e) {
                  var li = document.createElement('li');
                  var code = document.createElement('code');
                  code.textContent = e.where;
                  li.appendChild(code);
                  li.appendChild(document.createTextNode(e.message));
                  ul.appendChild(li);
                });
                box.appendChild(h);
                box.appendChild(p);
                box.appendChild(ul);
              }
              function hide() {
                var box = document.getElementById('%1$s');
                if (box) box.parentNode.removeChild(box);
              }
              var events = new EventSource('%2$s');
              events.onopen = function () { document.documentElement.setAttribute('data-live-reload', 'connected'); };
              events.onmessage = function (event) {
                var state = JSON.parse(event.data);
                if (String(state.version) !== version) {
                  if (String(state.previous) === version && !affected(state.changed)) {
                    version = String(state.version);
                    if (state.changed.some(searchIndex) && window.HandbookSearch && HandbookSearch.reset) {
                      HandbookSearch.reset();
                    }
                  } else {
                    events.close();
                    location.reload();
                    return;
                  }
                }
                if (state.errors.length) show(state.errors, state.total); else hide();
              };
            })();
            """.formatted(OVERLAY_ID, EVENTS_PATH, SearchIndex.DIR);
}
