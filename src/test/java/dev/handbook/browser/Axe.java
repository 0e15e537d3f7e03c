package dev.handbook.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (vendored in src/test/resources/axe, see its README) run on the page a {@link Browser}
 * shows, as a reader's assistive technology would meet it: after the page's own scripts ran, in
 * the colour scheme and viewport the browser emulates.
 *
 * <pre>{@code
 * browser.open(site.resolve("overview/org-chart/index.html"));
 * List<String> found = Axe.violations(browser);   // "critical aria-required-children: ul[role=tree] ..."
 * }</pre>
 *
 * Every WCAG 2.x A and AA rule and axe's best practices run; each violation comes back as one line
 * per element, with the rule, its impact, the element and what axe says would fix it.
 */
public final class Axe {
    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The violations on the current page, one line per rule and element; empty when axe finds none. */
    public static List<String> violations(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.js(SCRIPT);
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                      nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary || ''}))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) o;
            List<?> nodes = (List<?>) v.get("nodes");
            if (nodes.isEmpty()) out.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help"));
            for (Object n : nodes) {
                Map<?, ?> node = (Map<?, ?>) n;
                out.add(v.get("impact") + " " + v.get("id") + ": " + node.get("target") + " (" + v.get("help") + "; "
                        + String.valueOf(node.get("summary")).replace('\n', ' ') + ")");
            }
        }
        return out;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
