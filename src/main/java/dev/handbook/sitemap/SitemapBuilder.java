package dev.handbook.sitemap;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.resolve.SiteOutput;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds {@code sitemap.xml} from the edition's pages, in reading order. URLs are absolute when
 * handbook.yml sets {@code base_url} (as search engines want), relative to the site root otherwise.
 */
public final class SitemapBuilder implements SiteOutput {
    @Override
    public List<Diagnostic> emit(ResolvedSite site, Consumer<OutputFile> out) {
        out.accept(build(site));
        return List.of();
    }

    public static OutputFile build(ResolvedSite site) {
        String base = site.config().baseUrl().orElse("");
        StringBuilder sb = new StringBuilder(128 + site.pages().size() * 80);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page p : site.pages()) {
            String loc = base + encode(p.url());
            sb.append("  <url><loc>").append(xml(loc.isEmpty() ? "./" : loc)).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return new OutputFile("sitemap.xml", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String url) {
        StringBuilder sb = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-_.~".indexOf(c) >= 0;
            if (ok) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
