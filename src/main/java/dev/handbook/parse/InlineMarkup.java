package dev.handbook.parse;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message under a key ending in {@code _html} may hold: text, character references and the
 * inline elements {@code code}, {@code em}, {@code strong} and {@code kbd} without attributes. The
 * theme writes such a message as it is, so anything more (a link, a script) is refused.
 */
final class InlineMarkup {
    static final Set<String> ELEMENTS = Set.of("code", "em", "strong", "kbd");
    private static final Pattern TAG = Pattern.compile("</?([a-z]+)>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private InlineMarkup() {
    }

    /** What is wrong with {@code html} ("may hold only ..."), or empty when it is fine. */
    static Optional<String> problem(String html) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(html).region(i, html.length());
                if (!m.lookingAt() || !ELEMENTS.contains(m.group(1))) {
                    return Optional.of("may hold only <code>, <em>, <strong> and <kbd> as markup, found '"
                            + html.substring(i, Math.min(html.length(), html.indexOf('>', i) < 0 ? i + 12
                            : html.indexOf('>', i) + 1)) + "' (write &lt; for a '<')");
                }
                i = m.end() - 1;
            } else if (c == '&' && !REFERENCE.matcher(html).region(i, html.length()).lookingAt()) {
                return Optional.of("is HTML: write &amp; for a '&'");
            }
        }
        return Optional.empty();
    }
}
