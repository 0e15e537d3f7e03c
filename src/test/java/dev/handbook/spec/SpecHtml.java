package dev.handbook.spec;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation that the CommonMark spec's own test runner applies before comparing HTML
 * ({@code test/normalize.py} of commonmark/commonmark-spec), ported to Java:
 * <ul>
 *   <li>outside {@code <pre>}, each run of whitespace in text becomes one space, and whitespace
 *       next to a block-level tag is dropped;</li>
 *   <li>a start tag's attributes are sorted by name, names lower-cased, values written with
 *       {@code "} quotes and {@code & < > "} escaped; {@code <br />} is {@code <br>};</li>
 *   <li>entities and character references are decoded, except that {@code & < > "} are written
 *       as entities; a raw {@code &}, {@code >} or {@code "} in text counts as its entity (they
 *       mean the same there), a raw {@code <} does not;</li>
 *   <li>comments, CDATA sections, processing instructions and declarations are kept as written.</li>
 * </ul>
 * Entities are decoded with the full HTML5 table (jsoup's), where Python's parser knows only
 * HTML 4's. The runner's URL normalisation ({@code quote(unquote(v), safe='/')} on {@code href} and
 * {@code src}) is in its code but never ran (it compared the value, not the name, with
 * {@code href}); it runs here ({@link #url}), because Handbook percent-encodes the URLs of links
 * into the handbook itself ({@code /bar*} is {@code /bar%2A}).
 */
final class SpecHtml {
    /**
     * The runner splits on {@code <[^>]*>} and lets Python's parser wait for the rest of a tag whose
     * quoted attribute holds a '>'; here a tag's quoted values are read as part of it directly.
     */
    private static final Pattern CHUNK = Pattern.compile(
            "<!\\[CDATA\\[.*?]]>|<!--.*?-->|</?[A-Za-z][^\"'>]*(?:(?:\"[^\"]*\"|'[^']*')[^\"'>]*)*>|<[!?][^>]*>|<|[^<]+",
            Pattern.DOTALL);
    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(.*?)(/?)>", Pattern.DOTALL);
    private static final Pattern END_TAG = Pattern.compile("</([a-zA-Z][a-zA-Z0-9-]*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?", Pattern.DOTALL);
    /** Python 3's {@code \\s} on text is Unicode whitespace (a no-break space too). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WHITESPACE_START = Pattern.compile("^\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WHITESPACE_END = Pattern.compile("\\s+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> BLOCK = Set.of("article", "header", "aside", "hgroup", "blockquote",
            "hr", "iframe", "body", "li", "map", "button", "object", "canvas",
            "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd",
            "progress", "div", "section", "dl", "table", "td", "dt",
            "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
            "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");

    /** A start tag as the normaliser read it: lower-case name, attributes by name (a null value: none written). */
    record Tag(String name, Map<String, String> attributes) {
    }

    /** A hook that may change or drop a start tag before it is written (for markup Handbook adds). */
    interface TagFilter {
        /** The tag to write, or null to drop it and its matching end tag. */
        Tag apply(Tag tag);
    }

    private final StringBuilder out = new StringBuilder();
    private final TagFilter filter;
    private final List<String> dropped = new ArrayList<>();
    private String last = "starttag";
    private String lastTag = "";
    private boolean inPre;

    private SpecHtml(TagFilter filter) {
        this.filter = filter;
    }

    static String normalise(String html) {
        return normalise(html, t -> t);
    }

    static String normalise(String html, TagFilter filter) {
        SpecHtml n = new SpecHtml(filter);
        Matcher m = CHUNK.matcher(html);
        while (m.find()) n.feed(m.group());
        return n.out.toString();
    }

    private void feed(String chunk) {
        if (chunk.startsWith("<![CDATA[") || chunk.startsWith("<!--") || chunk.startsWith("<?")
                || chunk.startsWith("<!") && chunk.length() > 2 && Character.isLetter(chunk.charAt(2))) {
            out.append(chunk);
            last = "other";
            return;
        }
        Matcher end = END_TAG.matcher(chunk);
        if (end.matches()) {
            endTag(end.group(1).toLowerCase(Locale.ROOT));
            return;
        }
        Matcher start = START_TAG.matcher(chunk);
        if (start.matches()) {
            Map<String, String> attributes = attributes(start.group(2));
            if (attributes != null) {
                startTag(new Tag(start.group(1).toLowerCase(Locale.ROOT), attributes), !start.group(3).isEmpty());
                return;
            }
        }
        data(chunk);
    }

    /** The attributes of a start tag, or null when the text is not a well-formed attribute list. */
    private static Map<String, String> attributes(String s) {
        Map<String, String> attributes = new TreeMap<>();
        Matcher a = ATTRIBUTE.matcher(s);
        int at = 0;
        while (at < s.length() && a.find(at) && a.start() == at && a.end() > at) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            attributes.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT),
                    value == null ? null : Parser.unescapeEntities(value, true));
            at = a.end();
        }
        return s.substring(at).isBlank() ? attributes : null;
    }

    private void data(String data) {
        boolean afterTag = last.equals("endtag") || last.equals("starttag");
        boolean afterBlockTag = afterTag && BLOCK.contains(lastTag);
        if (afterTag && lastTag.equals("br")) data = data.replaceFirst("^\n+", "");
        // As in Python's parser, whitespace is handled before references are decoded: "&#32;" stays.
        if (!inPre) data = WHITESPACE.matcher(data).replaceAll(" ");
        if (afterBlockTag && !inPre) {
            if (last.equals("starttag")) data = WHITESPACE_START.matcher(data).replaceFirst("");
            else data = WHITESPACE_START.matcher(WHITESPACE_END.matcher(data).replaceFirst("")).replaceFirst("");
        }
        out.append(text(data));
        last = "data";
    }

    private void startTag(Tag tag, boolean selfClosing) {
        Tag kept = filter.apply(tag);
        if (kept == null) {
            if (!selfClosing) dropped.add(tag.name());
            return;
        }
        if (kept.name().equals("pre")) inPre = true;
        if (BLOCK.contains(kept.name())) stripTrailing();
        out.append('<').append(kept.name());
        kept.attributes().forEach((k, v) -> {
            out.append(' ').append(k);
            if (v != null) out.append("=\"").append(escape(k.equals("href") || k.equals("src") ? url(v) : v, true)).append('"');
        });
        out.append('>');
        lastTag = kept.name();
        last = selfClosing ? "endtag" : "starttag";
    }

    private void endTag(String name) {
        if (!dropped.isEmpty() && dropped.get(dropped.size() - 1).equals(name)) {
            dropped.remove(dropped.size() - 1);
            return;
        }
        if (name.equals("pre")) inPre = false;
        else if (BLOCK.contains(name)) stripTrailing();
        out.append("</").append(name).append('>');
        lastTag = name;
        last = "endtag";
    }

    /**
     * A URL as the runner meant to compare it ({@code quote(unquote(v), safe='/')}): percent-encoding
     * undone, then every byte outside letters, digits, {@code _.-~} and '/' encoded, so that
     * {@code /f%C3%B6%C3%B6}, {@code /föö} and {@code /f%c3%b6%c3%b6} are one URL.
     */
    static String url(String v) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < v.length(); ) {
            char c = v.charAt(i);
            if (c == '%' && i + 2 < v.length() && hex(v.charAt(i + 1)) >= 0 && hex(v.charAt(i + 2)) >= 0) {
                bytes.write(hex(v.charAt(i + 1)) * 16 + hex(v.charAt(i + 2)));
                i += 3;
            } else {
                int cp = v.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes.toByteArray()) {
            int x = b & 0xFF;
            if (x < 128 && (Character.isLetterOrDigit(x) || "_.-~/".indexOf(x) >= 0)) sb.append((char) x);
            else sb.append('%').append("0123456789ABCDEF".charAt(x >> 4)).append("0123456789ABCDEF".charAt(x & 15));
        }
        return sb.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private void stripTrailing() {
        int n = out.length();
        while (n > 0 && (Character.isWhitespace(out.charAt(n - 1)) || Character.isSpaceChar(out.charAt(n - 1)))) n--;
        out.setLength(n);
    }

    /**
     * Text with its references decoded, and {@code & > "} written as entities whether they were
     * written raw or as references (they mean the same in text). A '<' stays as it was written, raw
     * or {@code &lt;}, as in the runner: a raw one that starts no tag is a sign of markup gone wrong.
     */
    private static String text(String data) {
        StringBuilder sb = new StringBuilder(data.length());
        Matcher r = REFERENCE.matcher(data);
        int at = 0;
        while (r.find()) {
            sb.append(escape(data.substring(at, r.start()), false).replace("&lt;", "<"));
            sb.append(escape(Parser.unescapeEntities(r.group(), false), false));
            at = r.end();
        }
        return sb.append(escape(data.substring(at), false).replace("&lt;", "<")).toString();
    }

    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?");

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
