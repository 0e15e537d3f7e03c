package dev.handbook.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class UrlCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "java%73cript:alert(1)",
            "java\tscript:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd"})
    void dangerousSchemesAreRefused(String url) {
        assertInstanceOf(UrlCheck.Refused.class, UrlCheck.classify(url, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "HTTP://example.com", "mailto:a@b.c", "tel:+441234"})
    void allowedSchemesAreExternal(String url) {
        assertInstanceOf(UrlCheck.External.class, UrlCheck.classify(url, ""));
    }

    @Test
    void relativePathsResolveAgainstTheFolder() {
        assertEquals(new UrlCheck.Internal("roles/em.md", "rituals"), UrlCheck.classify("../roles/em.md#rituals", "ways"));
        assertEquals(new UrlCheck.Internal("ways/my page.md", ""), UrlCheck.classify("my%20page.md", "ways"));
        assertEquals(new UrlCheck.Internal("roles/", ""), UrlCheck.classify("/roles/", "a/b"));
        assertEquals(new UrlCheck.Anchor("top"), UrlCheck.classify("#top", "a"));
    }

    @Test
    void climbingAboveContentIsRefused() {
        assertInstanceOf(UrlCheck.Refused.class, UrlCheck.classify("../../etc/passwd", "a"));
        assertEquals(Optional.empty(), UrlCheck.normalise("", "../x.md"));
    }
}
