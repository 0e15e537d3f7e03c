package dev.handbook.check;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Readability rules, all warnings: an image without alt text, a heading that skips a level, a link
 * without text, and link text that does not say where it leads. Each names the Markdown a reader
 * would write instead when the element came from Markdown.
 */
final class Lint {
    /** Link texts that say nothing about the target, compared in lower case without end punctuation. */
    static final Set<String> VAGUE = Set.of("click here", "click", "here", "this", "this link", "link", "this page",
            "read more", "more", "learn more", "go", "see here", "click this link");
    private static final int LONGEST_VAGUE = 16;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.:;,!…]+$");

    private Lint() {
    }

    /** {@code origin} and {@code src} are asked for only when there is something to report. */
    static void imageAlt(Element img, Supplier<Origin> where, Supplier<String> src, Findings findings) {
        if (!img.attr("alt").isBlank() || decorative(img)) return;
        Origin origin = where.get();
        findings.warning(origin, "image-alt", "image '" + src.get() + "' has no alt text",
                origin.fromTheme() ? "" : "say what the image shows, in Markdown between the brackets: ![what it shows](...)");
    }

    /** An image marked as decoration needs no text; role="presentation" or aria-hidden say so. */
    private static boolean decorative(Element img) {
        String role = img.attr("role").strip().toLowerCase(Locale.ROOT);
        return role.equals("presentation") || role.equals("none") || img.attr("aria-hidden").equals("true");
    }

    /** Checks one heading against the level before it; returns the level for the next. */
    static int headingLevel(Element h, int previous, Supplier<Origin> where, Findings findings) {
        int level = h.normalName().charAt(1) - '0';
        if (level > previous + 1) {
            Origin origin = where.get();
            String hint = origin.fromTheme() ? "" : "use " + "#".repeat(previous + 1) + " for a heading under a "
                    + "#".repeat(previous) + " heading";
            findings.warning(origin, "heading-level", "heading '" + clip(h.text()) + "' skips from h" + previous
                    + " to h" + level, hint);
        }
        return level;
    }

    static void linkText(Element a, Supplier<Origin> where, Supplier<String> href, Findings findings) {
        String text = a.text().strip();
        if (accessibleName(a, text).isEmpty()) {
            Origin origin = where.get();
            findings.warning(origin, "empty-link", "link to '" + href.get() + "' has no text",
                    origin.fromTheme() ? "" : "say where it leads, in Markdown between the brackets: [where it leads](...)");
            return;
        }
        if (text.length() > LONGEST_VAGUE + 4) return;
        String normal = END_PUNCTUATION.matcher(SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
        if (VAGUE.contains(normal)) {
            findings.warning(where.get(), "link-text", "link text '" + text + "' does not say where the link leads",
                    "name the target instead, e.g. \"read the on-call rota\" rather than \"click here\"");
        }
    }

    /** What a screen reader announces for a link: its text, else its label, the alt text of its images, or its title. */
    private static String accessibleName(Element a, String text) {
        if (!text.isEmpty()) return text;
        if (!a.attr("aria-label").isBlank() || !a.attr("aria-labelledby").isBlank()) return "label";
        for (Element img : a.getElementsByTag("img")) if (!img.attr("alt").isBlank()) return img.attr("alt");
        return a.attr("title").strip();
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
