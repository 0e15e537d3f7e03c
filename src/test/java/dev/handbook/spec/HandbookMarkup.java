package dev.handbook.spec;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup Handbook adds to what the spec shows, taken out of Handbook's HTML before comparing:
 * a heading's id and its self-link ({@code <a class="heading-anchor">}), the {@code table} class of
 * tables and {@code loading="lazy"} on images. And the form of a link into the handbook: Handbook
 * writes it relative to the page ({@code ../url} on {@code NAME/index.html}, so the site works under
 * any base path); it is compared in the form the spec writes that link, {@code /url} or {@code url},
 * which name the same file in the spec site.
 */
final class HandbookMarkup implements SpecHtml.TagFilter {
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private final Set<String> absolute = new HashSet<>();

    /** @param specHtml the HTML the spec expects, whose site-absolute links ({@code /url}) are noted */
    HandbookMarkup(String specHtml) {
        Matcher m = URL_ATTRIBUTE.matcher(specHtml);
        while (m.find()) {
            String url = org.jsoup.parser.Parser.unescapeEntities(m.group(1), true);
            if (url.startsWith("/")) absolute.add(SpecHtml.url(url));
        }
    }

    @Override
    public SpecHtml.Tag apply(SpecHtml.Tag tag) {
        Map<String, String> a = new TreeMap<>(tag.attributes());
        String name = tag.name();
        if (name.equals("a") && "heading-anchor".equals(a.get("class"))) return null;
        if (name.matches("h[1-6]")) a.remove("id");
        if (name.equals("table") && "table".equals(a.get("class"))) a.remove("class");
        if (name.equals("img") && "lazy".equals(a.get("loading"))) a.remove("loading");
        for (String url : new String[] {"href", "src"}) {
            String v = a.get(url);
            if (v != null && v.startsWith("../")) {
                String path = v.substring(3);
                a.put(url, absolute.contains(SpecHtml.url("/" + path)) ? "/" + path : path);
            }
        }
        return new SpecHtml.Tag(name, a);
    }
}
