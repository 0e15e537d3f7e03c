package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 9, templates: strict variables, view data only, no file outside the theme. Each failure is
 * an error naming the template, and the previous site is left as it was.
 */
class TemplateSafetyTest {
    private static List<String> failures(String layout) {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n-- content/a.md --\n# A\n-- content/secret.txt --\nsecret\n"
                + "-- themes/default/layouts/page.peb --\n" + layout);
        BuildResult r = site.build();
        assertFalse(r.written());
        return TestSite.headlines(r);
    }

    @Test
    void anUnknownVariableIsAnErrorNotAnEmptyString() {
        assertEquals(List.of("themes/default/layouts/page.peb:1: error: template error: Root attribute [pgae] does not "
                + "exist or can not be accessed and strict variables is set to true."), failures("<p>{{ pgae.title }}</p>\n"));
    }

    @Test
    void includeCannotClimbOutOfTheTheme() {
        assertEquals(List.of("themes/default/layouts/page.peb: error: template error: template '../../content/secret.txt' "
                + "not found in the theme"), failures("{% include '../../content/secret.txt' %}\n"));
        assertEquals(List.of("themes/default/layouts/page.peb: error: template error: template '/etc/passwd' not found "
                + "in the theme"), failures("{% include '/etc/passwd' %}\n"));
    }

    @Test
    void templatesSeeViewDataNotJavaObjects() {
        assertEquals(List.of("themes/default/layouts/page.peb:1: error: template error: For security reasons access to "
                + "public final native java.lang.Class java.lang.Object.getClass() method is denied."),
                failures("{{ page.getClass().getName() }}\n"));
        // The page view holds no source path or file: asking for one is an unknown attribute.
        assertEquals(1, failures("{{ page.path }}{{ page.file }}\n").size());
    }
}
