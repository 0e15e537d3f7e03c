package dev.handbook.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Percent-encoding of the site paths that links point to. */
class UrlsTest {
    @Test
    void aPathOfSafeCharactersIsKeptAsItIs() {
        String path = "ways-of-working/Retro_2.0/~draft/index.html";
        assertSame(path, Urls.encodePath(path));
    }

    @Test
    void everyOtherCharacterIsEncodedAsUtf8Bytes() {
        assertEquals("ways/caf%C3%A9/index.html", Urls.encodePath("ways/café/index.html"));
        assertEquals("a%20b/%3F%23%25%26/x.html", Urls.encodePath("a b/?#%&/x.html"));
        assertEquals("%F0%9F%9A%80/index.html", Urls.encodePath("\uD83D\uDE80/index.html"));
        assertEquals("%7F%00", Urls.encodePath("\u007F\u0000"));
    }

    @Test
    void hrefClimbsToTheRootFirst() {
        assertEquals("../../roles/tech%20lead/index.html", Urls.href(Urls.root("ways/retro/"), "roles/tech lead/index.html"));
    }

    @Test
    void windowsStyleNamesNeverBecomeSeparatorsOrSchemes() {
        // issue 26.4: a backslash is a character of a name, never a folder separator, in a URL
        assertEquals("a%5Cb/index.html", Urls.encodePath("a\\b/index.html"));
        // a drive-letter-like name must not read as a URL scheme ("c:") in a relative link
        assertEquals("C%3A/notes/index.html", Urls.encodePath("C:/notes/index.html"));
        assertEquals("../con/index.html", Urls.href(Urls.root("roles/"), "con/index.html"));
    }
}
