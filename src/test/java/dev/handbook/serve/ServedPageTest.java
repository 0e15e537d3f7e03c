package dev.handbook.serve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServedPageTest {
    private static final Diagnostic ERROR = Diagnostic.error(new SourcePos("content/a.md", 3, 9),
            "unknown role '</script><script>alert(1)</script>'");

    @Test
    void theScriptGoesBeforeTheLastClosingBodyTag() {
        String html = "<html><head></head><body><p>x</p></BODY></html>";
        String out = ServedPage.inject(html, new ServeState(7, 6, List.of(), List.of()), false);
        assertTrue(out.endsWith("<script src=\"/__handbook/live.js\" data-version=\"7\"></script></BODY></html>"), out);
        assertFalse(out.contains("handbook-serve-overlay\" role"), "no overlay without errors");
        assertFalse(out.contains("<base"), "only the not-found page needs a base");
    }

    @Test
    void theNotFoundPageGetsABaseSoItsRelativeLinksWorkAtAnyDepth() {
        String out = ServedPage.inject("<html><head lang=\"en\"><link href=\"assets/style.css\"></head><body></body></html>",
                new ServeState(1, 0, List.of(), List.of()), true);
        assertTrue(out.startsWith("<html><head lang=\"en\"><base href=\"/\"><link"), out);
    }

    @Test
    void errorsAreShownAsTextInTheOverlayAndEscapedInTheEvent() {
        String out = ServedPage.inject("<body></body>", new ServeState(1, 1, List.of(), List.of(ERROR)), false);
        assertTrue(out.contains("<li><code>content/a.md:3:9</code>unknown role &#39;&lt;/script&gt;&lt;script&gt;"
                + "alert(1)&lt;/script&gt;&#39;</li>"), out);
        assertEquals(1, out.split("<script", -1).length - 1, "the only script is ours: " + out);
        String json = new ServeState(1, 1, null, List.of(ERROR)).json();
        assertEquals("{\"version\":1,\"previous\":1,\"changed\":null,\"total\":1,\"errors\":[{\"where\":\"content/a.md:3:9\","
                + "\"message\":\"unknown role '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'\"}]}",
                json);
    }

    // issue 23.5: 200,000 errors must not send megabytes to every open page
    @Test
    void theOverlayListsAHundredErrorsAndCountsThemAll() {
        List<Diagnostic> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            many.add(Diagnostic.error(new SourcePos("content/a.md", 1, i), "unknown page '%s'", "x".repeat(5000)));
        }
        String json = new ServeState(1, 1, List.of(), many).json();
        assertTrue(json.contains("\"total\":5000,"), json.substring(0, 100));
        assertEquals(101, json.split("\"where\"", -1).length - 1);
        assertTrue(json.endsWith("{\"where\":\"...\",\"message\":\"and 4900 more; the terminal running handbook serve "
                + "lists them\"}]}"), json.substring(json.length() - 200));
        assertTrue(json.length() < 150_000, "bounded: " + json.length());
        String page = ServedPage.inject("<body></body>", new ServeState(1, 1, List.of(), many), false);
        assertTrue(page.contains("The handbook has 5000 errors"));
        assertTrue(page.length() < 150_000, "bounded: " + page.length());
    }
}
