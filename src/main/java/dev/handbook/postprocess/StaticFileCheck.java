package dev.handbook.postprocess;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The raw-HTML policy for files of {@code content/} that a browser opens as a document on the
 * site's origin, where a script in them could read and change every page. Under
 * {@code raw_html: sanitize} (and {@code escape}) such a file is an error naming it, never copied:
 * HTML files of any kind always, SVG and XML files when they hold a script, an event handler, a
 * {@code foreignObject}, an embedded HTML element, an entity declaration or style-sheet instruction,
 * an animation of a link, or a reference to anything outside the file, in an attribute or in CSS
 * (only {@code #fragment}s and inline raster images are kept). {@code raw_html: trusted} copies them as they are. An error rather than a cleaned
 * copy, because what the author wrote is what the reader gets or the author hears why not.
 */
public final class StaticFileCheck {
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "xsl",
            "xslt", "svgz");
    private static final Set<String> XML = Set.of("svg", "xml");
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "object",
            "embed", "handler", "listener", "link", "meta", "base", "form");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform");
    private static final Set<String> REFERENCES = Set.of("href", "src", "action", "formaction", "data", "codebase");
    private static final Pattern RASTER = Pattern.compile("(?i)^data:image/(png|jpeg|gif|webp|avif);");
    /** A CSS reference to anything but a fragment of the file or an inline raster image. */
    private static final Pattern CSS_REF = Pattern.compile(
            "(?i)url\\s*+\\(\\s*+['\"]?+\\s*+(?!#|data:image/(png|jpeg|gif|webp|avif);)|@import|expression\\s*\\(");

    private StaticFileCheck() {
    }

    /** Whether the policy looks at a file of this name: HTML, SVG and XML of every spelling. */
    public static boolean applies(String path) {
        String ext = extension(path);
        return HTML.contains(ext) || XML.contains(ext);
    }

    /** The errors that keep the file out of the site; empty when it may be copied. */
    public static List<Diagnostic> check(String displayPath, byte[] bytes) {
        String ext = extension(displayPath);
        SourcePos where = SourcePos.file(displayPath);
        if (HTML.contains(ext)) {
            return List.of(refused(where, "." + ext + " files in content/ can run script on the site, so raw_html: "
                    + "sanitize does not publish them"));
        }
        if (!XML.contains(ext)) return List.of();
        return problem(new String(bytes, StandardCharsets.UTF_8))
                .map(p -> List.of(refused(where, "this " + ext.toUpperCase(Locale.ROOT) + " file " + p
                        + ", so raw_html: sanitize does not publish it")))
                .orElse(List.of());
    }

    private static Diagnostic refused(SourcePos where, String message) {
        return Diagnostic.error(where, "%s", message)
                .withHint("make it a Markdown page or an image without script, put it in the theme's static/ folder, "
                        + "or set raw_html: trusted if every author is trusted")
                .withRule("static-file");
    }

    /** What makes the XML document unsafe, in words; empty when nothing does. */
    static Optional<String> problem(String xml) {
        if (xml.contains("<!ENTITY") || xml.contains("<!entity")) return Optional.of("declares entities");
        org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> found = new ArrayList<>(1);
        NodeTraversor.traverse((node, depth) -> {
            if (found.isEmpty()) inspect(node).ifPresent(found::add);
        }, doc);
        return found.stream().findFirst();
    }

    private static Optional<String> inspect(Node node) {
        if (node instanceof XmlDeclaration pi && pi.name().equalsIgnoreCase("xml-stylesheet")) {
            return Optional.of("asks for a style sheet (<?xml-stylesheet?>)");
        }
        if (node instanceof DocumentType) return Optional.empty();
        if (!(node instanceof Element e)) return Optional.empty();
        String name = localName(e.tagName());
        if (ACTIVE_ELEMENTS.contains(name)) return Optional.of("has a <" + e.tagName() + "> element");
        if (name.equals("style") && CSS_REF.matcher(e.data() + e.text()).find()) {
            return Optional.of("refers to something outside it in a <style> element");
        }
        for (Attribute a : e.attributes()) {
            String attr = localName(a.getKey());
            String value = a.getValue().strip();
            if (attr.startsWith("on")) return Optional.of("has an event handler (" + a.getKey() + ")");
            if (a.getKey().toLowerCase(Locale.ROOT).startsWith("xmlns") && value.contains("/1999/xhtml")) {
                return Optional.of("embeds HTML (" + a.getKey() + "=\"" + value + "\")");
            }
            if (REFERENCES.contains(attr) && !value.startsWith("#") && !RASTER.matcher(value).find()) {
                return Optional.of("refers to something outside it (" + a.getKey() + "=\"" + shorten(value) + "\")");
            }
            if (attr.equals("style") && CSS_REF.matcher(value).find()) {
                return Optional.of("refers to something outside it in a style attribute");
            }
            if (ANIMATIONS.contains(name) && attr.equals("attributename")
                    && (REFERENCES.contains(localName(value)) || localName(value).startsWith("on"))) {
                return Optional.of("animates a link (<" + e.tagName() + " attributeName=\"" + value + "\">)");
            }
        }
        return Optional.empty();
    }

    /** {@code xlink:href} is {@code href}, {@code svg:script} is {@code script}, in lower case. */
    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
