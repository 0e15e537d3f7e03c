package dev.handbook.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code check:} block of handbook.yml: rule ids silenced for the whole handbook, and how
 * {@code handbook check --external} treats links to other sites.
 *
 * <pre>{@code
 * check:
 *   ignore: [link-text]
 *   external:
 *     exclude: ["https://intranet.acme.example/*"]
 *     timeout: 10
 * }</pre>
 *
 * @param ignore   rule ids (keys of {@link #RULES}) that are never reported
 * @param external settings of the external-link check
 */
public record CheckSettings(Set<String> ignore, External external) {
    /** Every rule id a handbook may silence, in the order the README lists them, with what it finds. */
    public static final Map<String, String> RULES = rules();

    public CheckSettings {
        ignore = Collections.unmodifiableSet(new TreeSet<>(ignore));
        Objects.requireNonNull(external, "external");
    }

    public static CheckSettings standard() {
        return new CheckSettings(Set.of(), External.standard());
    }

    /**
     * Reads a list of rule ids (a page's {@code check_ignore}, say); ids that are not in {@link #RULES}
     * are reported as warnings at their position and left out.
     */
    public static Set<String> readRuleIds(dev.handbook.model.Value value, String key,
                                          List<dev.handbook.diag.Diagnostic> diags) {
        return CheckSettingsReader.ruleIds(value, key, diags);
    }

    /**
     * How external links are checked.
     *
     * @param exclude     URL patterns never requested; {@code *} matches any run of characters
     * @param timeout     how long one request may take (connecting and answering)
     * @param perHost     requests to one host at the same time
     * @param concurrency requests at the same time in all
     * @param cacheFor    how long a definite answer (working, or gone) is reused before asking again
     */
    public record External(List<String> exclude, Duration timeout, int perHost, int concurrency, Duration cacheFor) {
        public External {
            exclude = List.copyOf(exclude);
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(cacheFor, "cacheFor");
            if (perHost < 1 || concurrency < 1) throw new IllegalArgumentException("limits must be at least 1");
        }

        public static External standard() {
            return new External(List.of(), Duration.ofSeconds(10), 2, 8, Duration.ofHours(24));
        }
    }

    private static Map<String, String> rules() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("broken-link", "a link to a page or file that does not exist");
        r.put("missing-anchor", "a link to a #fragment that no element of the target page has as id");
        r.put("missing-image", "an image whose file does not exist");
        r.put("missing-file", "a stylesheet, script or media file that does not exist");
        r.put("duplicate-id", "an element id used twice on one page");
        r.put("orphan", "a page that no navigation entry or link leads to");
        r.put("image-alt", "an image without alt text");
        r.put("heading-level", "a heading that skips a level, such as h2 followed by h4");
        r.put("empty-link", "a link without text");
        r.put("link-text", "link text that says nothing about where it leads, such as \"click here\"");
        r.put("external-link", "a link to another site that is gone or does not answer (only with --external)");
        r.put("hidden-link", "a link to content that this edition leaves out");
        r.put("link-scheme", "a link with a scheme other than http, https, mailto or tel, or that leads outside content/ "
                + "or nowhere; it is shown as text");
        r.put("foreign-syntax", "template syntax of another generator outside code: Liquid, Hugo shortcodes, ERB");
        r.put("attribute-list", "an attribute list ({: ...}) with an attribute that is not supported, or that applies "
                + "to nothing");
        r.put("link-syntax", "a link destination in <...> with a space, which the Markdown parser does not read as a "
                + "link");
        r.put("empty-block", "a collapsible admonition or content tab with nothing in it, or a tab without a label");
        r.put("abbreviation", "an abbreviation (*[SLA]: ...) defined twice on a page, or defined and never used");
        r.put("marker-syntax", "a line that starts like a content tab, admonition or collapsible (===, !!!, ???) but "
                + "is none, and is shown as text");
        r.put("raw-html", "raw HTML that raw_html: sanitize leaves out: an element or attribute it does not allow");
        r.put("unknown-field", "a front-matter field that the page's type does not know");
        r.put("team-size", "a team with fewer than 4 or very many members");
        r.put("git-shallow", "a shallow git clone, so review dates cannot come from history");
        r.put("code-fence", "text after a code block's language that is not an option it takes (hl_lines, linenums)");
        r.put("reporting-line", "a role with no reports_to that no role reports to, once other roles have one");
        r.put("responsibility-matrix", "a role page listing a responsibility the responsibility matrix does not give it");
        return Collections.unmodifiableMap(r);
    }
}
