package dev.handbook.serve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Json;

import java.util.List;

/**
 * What the browser is told after a build.
 *
 * @param version  the site's version now
 * @param previous the version before this build
 * @param changed  site paths that changed, or null when too many to list
 * @param errors   the handbook's errors, empty when it built
 */
record ServeState(long version, long previous, List<String> changed, List<Diagnostic> errors) {
    /** A build that changed more files than this tells pages "everything changed" instead of listing them. */
    private static final int MAX_LISTED = 500;
    /** Errors a page lists; the header still counts them all (a flood once sent megabytes to every page). */
    static final int MAX_LISTED_ERRORS = 100;
    /** Characters of one error's message a page shows. */
    static final int MAX_MESSAGE = 1000;

    ServeState {
        changed = changed == null || changed.size() > MAX_LISTED ? null : List.copyOf(changed);
        errors = List.copyOf(errors);
    }

    /** The errors a page lists; the header still counts them all. */
    List<Diagnostic> listed() {
        return errors.size() <= MAX_LISTED_ERRORS ? errors : errors.subList(0, MAX_LISTED_ERRORS);
    }

    /** An error's message as a page shows it, cut at {@link #MAX_MESSAGE} characters. */
    static String message(Diagnostic d) {
        String m = d.message();
        return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "…";
    }

    /** The line that stands for the errors left unlisted. */
    String more() {
        return "and " + (errors.size() - MAX_LISTED_ERRORS) + " more; the terminal running handbook serve lists them";
    }

    /** The message a page gets, as JSON. */
    String json() {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"version\":").append(version).append(",\"previous\":").append(previous).append(",\"changed\":");
        if (changed == null) {
            sb.append("null");
        } else {
            sb.append('[');
            for (int i = 0; i < changed.size(); i++) sb.append(i == 0 ? "" : ",").append(Json.HTML.string(changed.get(i)));
            sb.append(']');
        }
        sb.append(",\"total\":").append(errors.size()).append(",\"errors\":[");
        List<Diagnostic> listed = listed();
        for (int i = 0; i < listed.size(); i++) {
            Diagnostic d = listed.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"where\":").append(Json.HTML.string(d.pos().toString()))
                    .append(",\"message\":").append(Json.HTML.string(message(d))).append('}');
        }
        if (errors.size() > MAX_LISTED_ERRORS) {
            sb.append(",{\"where\":\"...\",\"message\":").append(Json.HTML.string(more())).append('}');
        }
        return sb.append("]}").toString();
    }
}
