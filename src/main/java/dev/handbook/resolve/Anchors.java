package dev.handbook.resolve;

import dev.handbook.model.Body;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Anchors written the way another generator makes heading ids. Handbook makes them as GitHub
 * does ("Install &amp; run" is {@code #install--run}); MkDocs folds the run of dashes
 * ({@code #install-run}), and authors write capitals ({@code #Install-Run}); the ids differ in such
 * details only. An anchor that is not an id of the target names the one id that
 * reads the same once case and everything but letters and digits are set aside; the link then
 * points at that id.
 */
final class Anchors {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.:-]+");

    private Anchors() {
    }

    /** The single id {@code anchor} stands for, if exactly one reads the same. */
    static Optional<String> match(String anchor, Set<String> ids) {
        String key = key(anchor);
        if (key.isEmpty()) return Optional.empty();
        String found = null;
        for (String id : ids) {
            if (!key(id).equals(key)) continue;
            if (found != null) return Optional.empty();
            found = id;
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether {@code anchor} is the id a heading with the text {@code title} gets here or in another
     * generator: a link to a page's leading {@code # Title}, which the theme shows as the page's
     * title rather than as a heading of its text.
     */
    static boolean names(String anchor, String title) {
        String key = key(anchor);
        return !key.isEmpty() && key.equals(key(title));
    }

    /** Whether the anchor is written in the page's HTML exactly as typed (no character needs escaping). */
    static boolean plain(String anchor) {
        return PLAIN.matcher(anchor).matches();
    }

    /** The body with each same-page link {@code href="#from"} pointing at its id instead. */
    static Body rewrite(Body body, Map<String, String> fixes) {
        String html = body.html();
        for (Map.Entry<String, String> f : fixes.entrySet()) {
            html = html.replace(" href=\"#" + f.getKey() + "\"", " href=\"#" + f.getValue() + "\"");
        }
        return new Body(html, body.headings(), body.links(), body.anchorLinks(), body.text(), body.ids(), body.rawHtml());
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
