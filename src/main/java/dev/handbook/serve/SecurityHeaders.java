package dev.handbook.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The {@code Content-Security-Policy} serve sends, a second line of defence behind the raw-HTML
 * policy: should a script ever get into a page, the browser still refuses to run it. A page may run
 * scripts from the site's own files only, plus exactly two inline pieces: the default theme's
 * {@code onsubmit="return false"} on the search form and serve's own overlay style, allowed by hash.
 * Under {@code raw_html: trusted} authors may write inline script and style, so those are allowed.
 * Every other file (an SVG, a PDF, a JSON index) is sandboxed: opened on its own, it runs nothing.
 */
final class SecurityHeaders {
    static final String CSP = "Content-Security-Policy";
    /** The default theme's search form: {@code <form ... onsubmit="return false">}. */
    static final String THEME_HANDLER = "return false";

    private SecurityHeaders() {
    }

    /** The policy of an HTML page; {@code trusted} when handbook.yml says raw_html: trusted. */
    static String page(boolean trusted) {
        String scripts = trusted ? "'self' 'unsafe-inline'"
                : "'self' 'unsafe-hashes' " + hash(THEME_HANDLER);
        String styles = trusted ? "'self' 'unsafe-inline'" : "'self' " + hash(ServedPage.STYLE);
        return "default-src 'self'; script-src " + scripts + "; style-src " + styles
                + "; img-src 'self' data: http: https:; media-src 'self' http: https:; font-src 'self'"
                + "; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'"
                + "; frame-ancestors 'none'";
    }

    /** The policy of every other response: shown on its own, it runs nothing and reaches nothing. */
    static String other() {
        return "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; sandbox";
    }

    /** A CSP source matching exactly {@code text} as an inline script, handler or style. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
