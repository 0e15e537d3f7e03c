package dev.handbook.parse;

/** HTML comments in raw HTML, which never reach the site. */
final class HtmlComments {
    private HtmlComments() {
    }

    /**
     * {@code html} without its comments ({@code <!-- ... -->}, and the empty {@code <!-->} and
     * {@code <!--->} of CommonMark 0.31); a comment that is never closed runs to the end.
     */
    static String strip(String html) {
        int start = html.indexOf("<!--");
        if (start < 0) return html;
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (start >= 0) {
            out.append(html, from, start);
            int end;
            if (html.startsWith("<!-->", start)) end = start + 5;
            else if (html.startsWith("<!--->", start)) end = start + 6;
            else {
                int close = html.indexOf("-->", start + 4);
                end = close < 0 ? html.length() : close + 3;
            }
            from = end;
            start = html.indexOf("<!--", from);
        }
        return out.append(html, from, html.length()).toString();
    }
}
