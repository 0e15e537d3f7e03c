package dev.handbook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.1, 21.2: the browser libraries the default theme ships (assets/vendor/) are named in the
 * release's third-party notices at the version that is really there, each with its licence beside
 * it, and the script that vendors them agrees; code.js knows exactly the grammars that are there.
 */
class VendoredLibrariesTest {
    private static final Path VENDOR = Path.of("themes/default/static/assets/vendor");
    private static final Pattern LISTED = Pattern.compile("(?m)^ {4}npm:(\\S+)@(\\S+) assets/vendor/([\\w-]+)/$");

    /** Folder under assets/vendor/ to "package@version", as THIRD-PARTY.txt lists it. */
    private static Map<String, String> listed() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Matcher m = LISTED.matcher(Files.readString(Path.of("src/dist/THIRD-PARTY.txt")));
        while (m.find()) out.put(m.group(3), m.group(1) + "@" + m.group(2));
        return out;
    }

    /** The same, from the files themselves: the version each library writes into its own code. */
    private static Map<String, String> present() throws IOException {
        Map<String, String> out = new TreeMap<>();
        String hljs = Files.readString(VENDOR.resolve("highlight/highlight.min.js"));
        Matcher h = Pattern.compile("Highlight\\.js v(\\d+\\.\\d+\\.\\d+)").matcher(hljs);
        assertTrue(h.find(), "highlight.min.js names its version");
        out.put("highlight", "@highlightjs/cdn-assets@" + h.group(1));
        String mermaid = Files.readString(VENDOR.resolve("mermaid/mermaid.min.js"));
        Matcher m = Pattern.compile("\\{version:\"(\\d+\\.\\d+\\.\\d+)\"}").matcher(mermaid);
        assertTrue(m.find(), "mermaid.min.js names its version");
        out.put("mermaid", "mermaid@" + m.group(1));
        return out;
    }

    @Test
    void theNoticesListEveryVendoredLibraryAtItsVersion() throws IOException {
        TreeSet<String> folders = new TreeSet<>();
        try (Stream<Path> list = Files.list(VENDOR)) {
            list.filter(Files::isDirectory).forEach(p -> folders.add(p.getFileName().toString()));
        }
        assertEquals(folders, listed().keySet(), "THIRD-PARTY.txt names every folder of assets/vendor/");
        assertEquals(present(), listed(), "at the version the files are");
        for (String f : folders) assertTrue(Files.isRegularFile(VENDOR.resolve(f).resolve("LICENSE")), f + " has its LICENSE");
        assertTrue(Files.readString(VENDOR.resolve("mermaid/NOTICES.txt")).contains("elkjs"),
                "the notices of what mermaid bundles");
    }

    @Test
    void theVendoringScriptFetchesTheListedVersions() throws IOException {
        String script = Files.readString(Path.of("scripts/vendor-browser-libs.sh"));
        Map<String, String> listed = listed();
        assertTrue(script.contains("HLJS=" + listed.get("highlight").replaceAll(".*@", "")), "highlight.js version");
        assertTrue(script.contains("MERMAID=" + listed.get("mermaid").replaceAll(".*@", "")), "mermaid version");
    }

    @Test
    void everyExtraGrammarIsKnownToCodeJsAndOfTheSameRelease() throws IOException {
        String version = present().get("highlight").replaceAll(".*@", "");
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(VENDOR.resolve("highlight/languages"))) {
            for (Path p : list.toList()) {
                files.add(p.getFileName().toString());
                assertTrue(Files.readString(p).startsWith("/*! `"), p.toString());
                assertTrue(Files.readString(p).contains("grammar compiled for Highlight.js " + version), p.toString());
            }
        }
        TreeSet<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("\"vendor/highlight/languages/([\\w-]+\\.min\\.js)\"")
                .matcher(Files.readString(Path.of("themes/default/static/assets/code.js")));
        while (m.find()) named.add(m.group(1));
        assertEquals(files, named, "code.js loads exactly the grammars vendored");
        String script = Files.readString(Path.of("scripts/vendor-browser-libs.sh"));
        Matcher e = Pattern.compile("(?m)^EXTRA=\"([^\"]+)\"").matcher(script);
        assertTrue(e.find());
        TreeSet<String> extra = new TreeSet<>();
        for (String name : e.group(1).split(" ")) extra.add(name + ".min.js");
        assertEquals(files, extra, "the script vendors the same grammars");
    }
}
