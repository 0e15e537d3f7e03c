package dev.handbook.config;

/**
 * What happens to HTML written inside Markdown. Content comes from many hands, so the default keeps
 * only harmless markup; a handbook whose every author is trusted can opt in to {@link #TRUSTED}.
 */
public enum RawHtmlPolicy {
    /** Default: keep safe elements and attributes (jsoup's relaxed safelist), drop scripts, handlers, styles. */
    SANITIZE,
    /** Show raw HTML as text. */
    ESCAPE,
    /** Pass raw HTML through unchanged. Only for handbooks whose every author is trusted. */
    TRUSTED
}
