package dev.handbook.postprocess;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.Body;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Links and images written in raw HTML ({@code <a href="secret/x/">}, {@code <img src="secret/f.png">})
 * that lead to content the edition leaves out are treated as the Markdown forms are: the link
 * becomes its text, the image its alt text, with a warning. Without this, the HTML of a public page
 * named a restricted page or file that the edition does not even contain.
 *
 * <p>The page's HTML is edited in place (the tags cut out, nothing else re-written), using the
 * positions jsoup tracks, so the rest of the body stays byte for byte as it was.
 */
public final class RawLinkGuard {
    private static final String BASE = "https://handbook.invalid/";

    private RawLinkGuard() {
    }

    /** Whether the body may hold a raw link or image at all; most pages do not, and pay nothing. */
    public static boolean mayApply(Body body) {
        String html = body.html();
        return html.contains("<a") || html.contains("<A") || html.contains("<img") || html.contains("<IMG");
    }

    /**
     * The body with every raw link and image into {@code hidden} (site path to why: "restricted",
     * "a draft") replaced by its text, and a warning for each at {@code page}.
     *
     * @param pageUrl the page's own site path ({@code people/pay/}), against which relative URLs resolve
     */
    public static Staged<Body> apply(Body body, String pageUrl, SortedMap<String, String> hidden, SourcePos page,
                                     String edition) {
        if (hidden.isEmpty() || !mayApply(body)) return Staged.of(body);
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(body.html(), "");
        List<Cut> cuts = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Element e : doc.select("a[href], img[src]")) {
            boolean image = e.normalName().equals("img");
            String url = e.attr(image ? "src" : "href");
            Optional<String> why = hiddenTarget(url, pageUrl, hidden);
            Range start = e.sourceRange();
            if (why.isEmpty() || !start.isTracked() || start.isImplicit()) continue;
            if (image) {
                cuts.add(new Cut(start.startPos(), start.end().pos(), Entities.escape(e.attr("alt"))));
            } else {
                Range end = e.endSourceRange();
                cuts.add(new Cut(start.startPos(), start.end().pos(), ""));
                if (end.isTracked() && !end.isImplicit()) cuts.add(new Cut(end.startPos(), end.end().pos(), ""));
            }
            String what = why.get().equals("a draft") ? "a draft" : "not in the '" + edition + "' edition";
            warnings.add(Diagnostic.warning(page, "link '%s' in raw HTML leads to content that is %s; it is shown as "
                    + "plain text", url, what).withRule("hidden-link"));
        }
        if (cuts.isEmpty()) return Staged.of(body);
        cuts.sort(Comparator.comparingInt(Cut::from));
        StringBuilder sb = new StringBuilder(body.html().length());
        int at = 0;
        for (Cut c : cuts) {
            if (c.from() < at) continue; // nested in a cut already made
            sb.append(body.html(), at, c.from()).append(c.text());
            at = c.to();
        }
        sb.append(body.html(), at, body.html().length());
        return new Staged<>(new Body(sb.toString(), body.headings(), body.links(), body.anchorLinks(), body.text(),
                body.ids(), body.rawHtml()), warnings);
    }

    /** Why {@code url}, written on the page at {@code pageUrl}, leads to hidden content; empty when it does not. */
    static Optional<String> hiddenTarget(String url, String pageUrl, SortedMap<String, String> hidden) {
        String path;
        try {
            URI base = new URI(BASE + pageUrl);
            URI u = base.resolve(new URI(url.strip().replace(" ", "%20")));
            if (!BASE.startsWith(u.getScheme() + "://" + u.getRawAuthority())) return Optional.empty();
            path = u.getPath() == null ? "" : u.getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        path = path.startsWith("/") ? path.substring(1) : path;
        for (String candidate : candidates(path)) {
            String why = hidden.get(candidate);
            if (why != null) return Optional.of(why);
        }
        return Optional.empty();
    }

    /** The site paths a URL's path may stand for: itself, its folder page, a Markdown file's page. */
    private static List<String> candidates(String path) {
        List<String> out = new ArrayList<>(List.of(path));
        if (path.endsWith("/index.html")) out.add(path.substring(0, path.length() - "index.html".length()));
        if (!path.endsWith("/")) out.add(path + "/");
        String lower = path.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".md", ".markdown")) {
            if (lower.endsWith(ext)) {
                String stem = path.substring(0, path.length() - ext.length());
                out.add(stem + "/");
                if (stem.endsWith("/_index") || stem.equals("_index") || stem.endsWith("/index") || stem.equals("index")) {
                    out.add(stem.substring(0, stem.lastIndexOf('/') + 1));
                }
            }
        }
        return out;
    }

    /** A stretch of the HTML, {@code [from, to)}, to replace with {@code text}. */
    private record Cut(int from, int to, String text) {
    }
}
