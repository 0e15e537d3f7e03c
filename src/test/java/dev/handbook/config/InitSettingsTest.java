package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handbook.yml that {@code handbook init} writes shows every setting the loader knows, each with
 * an example that is valid: a setting added to the loader but not to the skeleton fails here.
 */
class InitSettingsTest {
    /** A setting line that is commented out: '#' then the key, or '#' and the indent of a nested key. */
    private static final Pattern COMMENTED = Pattern.compile("(?m)^#(?=\\S|  )");
    private static final Pattern KEY = Pattern.compile("(?m)^(\\s*)#?(\\s*)([a-z_]+):");

    @Test
    void everySettingIsThereWithAComment() throws IOException {
        String yml = skeleton();
        Set<String> shown = new TreeSet<>();
        Matcher m = KEY.matcher(yml);
        while (m.find()) shown.add(m.group(3));
        for (Set<String> keys : List.of(ConfigLoader.KEYS, CheckSettingsReader.KEYS, CheckSettingsReader.EXTERNAL_KEYS)) {
            for (String key : keys) assertTrue(shown.contains(key), "handbook.yml of init lacks '" + key + "'");
        }
        for (String key : ConfigLoader.KEYS) {
            int at = yml.indexOf("\n" + key + ":") >= 0 ? yml.indexOf("\n" + key + ":") : yml.indexOf("\n#" + key + ":");
            assertTrue(yml.lastIndexOf("\n# ", at) > yml.lastIndexOf("\n\n", at), "a comment right above '" + key + "'");
        }
    }

    @Test
    void asWrittenAndWithEverySettingUncommentedItLoadsWithoutAProblem() throws IOException {
        String yml = skeleton();
        assertEquals(List.of(), headlines(ConfigLoader.parse(yml).diagnostics()));
        String all = COMMENTED.matcher(yml).replaceAll("");
        SiteConfig config = ConfigLoader.parse(all).value();
        assertEquals(List.of(), headlines(ConfigLoader.parse(all).diagnostics()));
        assertEquals(List.of("everyone", "managers"), config.audiences());
        assertEquals(Set.of("link-text"), config.check().ignore());
        assertTrue(config.editUrl().isPresent() && config.baseUrl().isPresent());
    }

    private static List<String> headlines(List<Diagnostic> diags) {
        return diags.stream().map(Diagnostic::headline).toList();
    }

    private static String skeleton() throws IOException {
        try (InputStream in = InitSettingsTest.class.getResourceAsStream("/dev/handbook/scaffold/init/handbook.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
