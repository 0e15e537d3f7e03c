package dev.handbook;

import dev.handbook.pipeline.BuildResult;
import dev.handbook.write.SiteWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.handbook.TestSite.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken input (issue 9): each case gives its exact message and position, and a failed
 * build leaves the previous site byte for byte as it was.
 */
class HostileInputTest {
    private static TestSite builtSite() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n\nHello.\n");
        assertTrue(site.build().written());
        return site;
    }

    private static void assertFailsKeepingTheOldSite(TestSite site, List<String> expected) {
        String before = site.output("index.html");
        BuildResult r = site.build();
        assertEquals(expected, headlines(r));
        assertFalse(r.written());
        assertEquals(before, site.output("index.html"), "the previous site is untouched");
    }

    @Test
    void duplicateKeysNameBothLines() {
        TestSite site = builtSite();
        site.file("content/a.md", "---\ntitle: One\nowner: \"@x\"\ntitle: Two\n---\n");
        assertFailsKeepingTheOldSite(site, List.of("content/a.md:4:1: error: duplicate key 'title' (first defined at line 2)"));
    }

    @Test
    void yaml11GuessesNeverApply() {
        TestSite site = TestSite.of("-- content/no.md --\n---\ntitle: NO\ndescription: 012345\n---\n");
        assertTrue(site.build().written());
        String html = site.output("no/index.html");
        assertTrue(html.contains("<h1>NO</h1>") && html.contains("012345"), html);
    }

    @Test
    void aBooleanAcceptsOnlyTrueOrFalse() {
        TestSite site = builtSite();
        site.file("content/a.md", "---\ndraft: yes\n---\n");
        assertFailsKeepingTheOldSite(site, List.of("content/a.md:2:8: error: draft must be true or false, found 'yes'"));
    }

    @Test
    void aliasBombIsRefusedWithTheFile() {
        StringBuilder y = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 60; i++) {
            String prev = i == 1 ? "a" : "b" + (i - 1);
            y.append("b").append(i).append(": &b").append(i).append(" [*").append(prev).append(", *").append(prev).append("]\n");
        }
        TestSite site = builtSite();
        site.file("content/a.md", y + "---\n");
        BuildResult r = site.build();
        assertFalse(r.written());
        assertTrue(headlines(r).get(0).startsWith("content/a.md:2: error: invalid YAML:"), headlines(r).toString());
    }

    @Test
    void deepNestingInYamlIsRefused() {
        TestSite site = builtSite();
        site.file("content/a.md", "---\nx: " + "[".repeat(200) + "]".repeat(200) + "\n---\n");
        BuildResult r = site.build();
        assertFalse(r.written());
        assertTrue(headlines(r).get(0).startsWith("content/a.md:2: error: invalid YAML:"), headlines(r).toString());
    }

    @Test
    void frontMatterThatIsAListAScalarOrUnclosedIsAnError() {
        TestSite site = builtSite();
        site.file("content/a.md", "---\n- a\n---\n").file("content/b.md", "---\njust text\n---\n")
                .file("content/c.md", "---\ntitle: C\n\nBody without a closing fence\n");
        assertFailsKeepingTheOldSite(site, List.of(
                "content/a.md:2:1: error: front matter must be a mapping of fields (key: value), found a list",
                "content/b.md:2:1: error: front matter must be a mapping of fields (key: value), found a text value",
                "content/c.md:1:1: error: front matter is never closed: add a line '---' after its last field"));
    }

    @Test
    void byteOrderMarkAndCrlfAreReadCorrectly() throws IOException {
        TestSite site = TestSite.of("");
        Files.createDirectories(site.root().resolve("content"));
        Files.write(site.root().resolve("content/win.md"),
                "\uFEFF---\r\ntitle: Windows\r\n---\r\n\r\n[broken](nope.md)\r\n".getBytes(StandardCharsets.UTF_8));
        BuildResult r = site.build();
        assertEquals(List.of("content/win.md:5:10: error: broken link 'nope.md': no page or file content/nope.md"),
                headlines(r));
        Files.write(site.root().resolve("content/win.md"),
                "\uFEFF---\r\ntitle: Windows\r\n---\r\n\r\nFine.\r\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(site.build().written());
        assertTrue(site.output("win/index.html").contains("<h1>Windows</h1>"));
    }

    @Test
    void invalidUtf8IsAnErrorWithTheByteOffset() throws IOException {
        TestSite site = builtSite();
        Files.write(site.root().resolve("content/bad.md"), new byte[]{'#', ' ', 'A', (byte) 0xC3, '(', '\n'});
        assertFailsKeepingTheOldSite(site, List.of("content/bad.md: error: not valid UTF-8: bad byte at offset 3"));
    }

    @Test
    void namesDifferingOnlyInCaseCollide() {
        TestSite site = builtSite();
        site.file("content/Guide.md", "# One\n").file("content/guide.md", "# Two\n");
        assertFailsKeepingTheOldSite(site, List.of("content/guide.md: error: content/Guide.md and content/guide.md both "
                + "become the page /guide/; rename one"));
    }

    @Test
    void symbolicLinksInContentAreRefusedNotFollowed() throws IOException {
        TestSite site = builtSite();
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("secret.md"), "# Secret from outside\n");
        Files.createSymbolicLink(site.root().resolve("content/linked.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(site.root().resolve("content/folder"), outside);
        assertFailsKeepingTheOldSite(site, List.of(
                "content/folder: error: symbolic links are not followed in content/; copy the file instead",
                "content/linked.md: error: symbolic links are not followed in content/; copy the file instead"));
    }

    @Test
    void linksThatClimbOutOfContentAreRefused() {
        TestSite site = builtSite();
        site.file("content/a.md", "[x](../../../etc/passwd) ![y](/../../etc/hosts)\n");
        assertFailsKeepingTheOldSite(site, List.of(
                "content/a.md:1:5: error: link '../../../etc/passwd' leads outside content/",
                "content/a.md:1:31: error: link '/../../etc/hosts' leads outside content/"));
    }

    @Test
    void symlinksInTheOldOutputAreRemovedNeverFollowed() throws IOException {
        TestSite site = builtSite();
        Path outside = Files.createTempDirectory("keep");
        Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(site.out().resolve("link-to-outside"), outside);
        assertTrue(site.build().written());
        assertFalse(Files.exists(site.out().resolve("link-to-outside"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep me", Files.readString(outside.resolve("precious.txt")));
        assertTrue(Files.exists(site.out().resolve(SiteWriter.MARKER)));
    }

    @Test
    void aPageRestrictedSinceTheLastBuildDisappears() {
        TestSite site = TestSite.of("-- handbook.yml --\naudiences: [everyone, managers]\n-- content/pay.md --\n# Pay\n");
        assertTrue(site.build().written());
        assertTrue(site.exists("pay/index.html"));
        site.file("content/pay.md", "---\naudience: managers\n---\n# Pay\n");
        assertTrue(site.build().written());
        assertFalse(site.exists("pay/index.html"));
    }

    @Test
    void theOutputFolderRefusesTheHomeFolder() {
        TestSite site = builtSite();
        BuildResult r = site.build(site.options().withOut(Path.of(System.getProperty("user.home"))));
        assertFalse(r.written());
        assertTrue(headlines(r).get(0).endsWith("error: refusing to write the site to your home folder"), headlines(r).get(0));
    }

    @Test
    void markdownNestedTooDeeplyIsAnErrorAndOtherPagesStillParse() {
        TestSite site = builtSite();
        site.file("content/deep.md", "# Deep\n\nFine.\n\n" + "> ".repeat(1000) + "quote\n");
        site.file("content/list.md", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
                + " - - - - - - - - - - - - - - - - - - - - - x\n");
        site.file("content/ok.md", "[broken](nope.md)\n");
        assertFailsKeepingTheOldSite(site, List.of(
                "content/deep.md:5:1: error: quotes or lists are nested more than 64 levels deep here; the page is not rendered",
                "content/list.md:1:1: error: quotes or lists are nested more than 64 levels deep here; the page is not rendered",
                "content/ok.md:1:10: error: broken link 'nope.md': no page or file content/nope.md"));
    }

    // issue 23.6: the output guard compares real paths, so a symbolic link cannot dress the
    // handbook root or content/ up as another folder
    @Test
    void anOutputPathThroughASymbolicLinkIsJudgedByWhereItLeads() throws IOException {
        TestSite site = builtSite();
        Path links = Files.createTempDirectory("links");
        Path toParent = Files.createSymbolicLink(links.resolve("parent"), site.root().getParent());
        Path toRoot = Files.createSymbolicLink(links.resolve("root"), site.root());
        Path rootAgain = toParent.resolve(site.root().getFileName());

        BuildResult forced = site.build(site.options().withOut(rootAgain).withForce(true));
        assertFalse(forced.written());
        assertEquals(List.of(rootAgain + ": error: refusing to write the site to " + rootAgain + ": it holds content/"),
                headlines(forced));
        BuildResult inContent = site.build(site.options().withOut(toRoot.resolve("content/generated")));
        assertFalse(inContent.written());
        assertTrue(headlines(inContent).get(0).endsWith("error: refusing to write the site inside content/"),
                headlines(inContent).toString());
        assertTrue(Files.exists(site.root().resolve("content/index.md")), "content/ is untouched");
        assertFalse(Files.exists(site.root().resolve("content/generated")), "nothing was written into content/");
    }

    // issue 23.3: script in static files of content/ would run on the site's origin
    @Test
    void htmlFilesAndScriptedSvgInContentAreErrorsUnlessTrusted() {
        String files = """
                -- content/index.md --
                # Home
                -- content/roles/evil.html --
                <script>steal(document.cookie)</script>
                -- content/img/evil.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>
                -- content/img/fine.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>
                """;
        TestSite site = TestSite.of(files);
        BuildResult r = site.build();
        assertFalse(r.written());
        assertEquals(List.of("content/img/evil.svg: error: this SVG file has a <script> element, so raw_html: sanitize "
                        + "does not publish it",
                "content/roles/evil.html: error: .html files in content/ can run script on the site, so raw_html: "
                        + "sanitize does not publish them"), headlines(r));
        assertEquals(2, site.check().diagnostics().size(), "check finds them too");

        TestSite trusted = TestSite.of(files + "-- handbook.yml --\nraw_html: trusted\n");
        assertTrue(trusted.build().written());
        assertEquals("<script>steal(document.cookie)</script>\n", trusted.output("roles/evil.html"));
        assertTrue(trusted.output("img/evil.svg").contains("<script>"));
    }

    // issue 23.4: 600,000 aliases of a 200 KB tag were still resolving after 300 s
    @Test
    void aScalarAliasBombInFrontMatterIsAnErrorAtTheFile() {
        TestSite site = builtSite();
        StringBuilder page = new StringBuilder("---\ntags: [&a \"").append("t".repeat(200_000)).append('"');
        page.append(", *a".repeat(600_000)).append("]\n---\n# Bomb\n");
        site.file("content/bomb.md", page.toString());
        assertFailsKeepingTheOldSite(site, List.of("content/bomb.md:2:8: error: invalid YAML: more than 50 aliases (*name)"));
    }

    // issue 23.11: a 300-character tag failed the write with no position, and check said 0 errors
    @Test
    void aTagTooLongForAFileNameIsAnErrorAtItsPositionInBuildAndCheck() {
        TestSite site = builtSite();
        String tag = "k".repeat(300);
        site.file("content/a.md", "---\ntitle: A\ntags: [ok, " + tag + "]\n---\nText.\n");
        String expected = "content/a.md:3:12: error: tag '" + "k".repeat(40) + "…' is too long: its page would be "
                + "named with 300 bytes; shorten it to at most 200";
        assertFailsKeepingTheOldSite(site, List.of(expected));
        assertEquals(List.of(expected), headlines(site.check()));
        assertEquals(1, site.checkSite().exitCode(), "check fails where build fails");
    }
}
