package dev.handbook.spec;

import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.jsoup.parser.Parser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every example of the spec files as one handbook, built by the real pipeline (source, parse,
 * sanitize, resolve, render, write): each example is a page {@code content/NAME.md}, published as
 * {@code NAME/index.html} by a theme whose page layout writes nothing but the page's Markdown HTML.
 *
 * <p>The spec's links lead to {@code /url}, {@code foo}, {@code train.jpg}...: a handbook link must
 * lead to a page or file of the handbook, so the site holds a file for every relative link target
 * the spec's HTML names (at the content root, where the example pages are too, so {@code /url} and
 * {@code url} are the same file). Handbook writes such links relative to the page ({@code ../url}).
 *
 * <p>A few examples are errors in a handbook by policy (a refused link scheme, an empty link, an
 * anchor no heading has). A build with an error publishes nothing, so those pages are left out of
 * the build that writes the others, and {@link Built#diagnostics} says what each page was told.
 */
final class SpecSite {
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern HTML_FILE = Pattern.compile("\\.(?i:html?|xhtml)$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * Page HTML by example id (none for a page with errors), and each page's diagnostics
     * ({@code "error RULE: HEADLINE"}).
     */
    record Built(Map<String, String> html, Map<String, List<String>> diagnostics) {
    }

    private SpecSite() {
    }

    static String pageName(SpecExamples.Example e) {
        return "%s-%03d".formatted(e.spec(), e.number());
    }

    static Built build(List<SpecExamples.Example> examples, String rawHtml) {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                title: Spec examples
                raw_html: %s
                -- themes/default/layouts/page.peb --
                {{ page.content | raw }}
                -- content/index.md --
                Every example of the CommonMark and GFM specs, one a page.
                """.formatted(rawHtml));
        for (SpecExamples.Example e : examples) {
            site.file("content/" + pageName(e) + ".md", "---\ntitle: " + e.id() + "\n---\n" + e.markdown());
        }
        for (String target : linkTargets(examples)) {
            // Under sanitize an HTML file in content/ is refused (it could run script on the site), so a
            // link to one has no target there.
            if (!rawHtml.equals("trusted") && HTML_FILE.matcher(target).find()) continue;
            site.file("content/" + target, "a link target of the spec\n");
        }
        Map<String, List<String>> diags = new TreeMap<>();
        for (Diagnostic d : Pipeline.check(site.options(), Progress.NONE).diagnostics()) {
            diags.computeIfAbsent(d.pos().file(), k -> new ArrayList<>())
                    .add((d.isError() ? "error " : "warning ") + d.rule() + ": " + d.headline());
        }
        Map<String, List<String>> byExample = new TreeMap<>();
        List<SpecExamples.Example> written = new ArrayList<>();
        for (SpecExamples.Example e : examples) {
            List<String> mine = diags.getOrDefault("content/" + pageName(e) + ".md", List.of());
            byExample.put(e.id(), mine);
            if (mine.stream().anyMatch(d -> d.startsWith("error "))) {
                delete(site, "content/" + pageName(e) + ".md");
            } else {
                written.add(e);
            }
        }
        BuildResult r = site.build();
        if (!r.ok()) throw new AssertionError("the spec site did not build: " + TestSite.errors(r));
        Map<String, String> html = new TreeMap<>();
        for (SpecExamples.Example e : written) html.put(e.id(), site.output(pageName(e) + "/index.html"));
        try {
            org.apache.commons.io.file.PathUtils.deleteDirectory(site.root()); // 1,300 pages a run: leave no litter
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Built(html, byExample);
    }

    private static void delete(TestSite site, String path) {
        try {
            java.nio.file.Files.delete(site.root().resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The files that the spec's relative links lead to, as paths under content/: decoded as the
     * handbook decodes a link (entities, then percent-encoding), without query or fragment.
     */
    static Set<String> linkTargets(List<SpecExamples.Example> examples) {
        Set<String> out = new TreeSet<>();
        for (SpecExamples.Example e : examples) {
            Matcher m = URL_ATTRIBUTE.matcher(e.html());
            while (m.find()) {
                String url = Parser.unescapeEntities(m.group(1), true);
                if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) continue;
                url = url.replaceAll("[?#].*", "");
                String path = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
                while (path.startsWith("/") || path.startsWith("./")) path = path.substring(path.indexOf('/') + 1);
                // A backslash is no part of a file name a site can publish (the build refuses it).
                if (!path.isEmpty() && !path.endsWith(".md") && !path.endsWith("/") && !path.contains("\\")) {
                    out.add(path);
                }
            }
        }
        return out;
    }
}
