package dev.handbook.importer;

import dev.handbook.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.handbook.importer.ImportTest.run;
import static dev.handbook.importer.ImportTest.strictBuild;
import static dev.handbook.importer.ImportTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@code handbook import --from mkdocs} does with blocks MkDocs filled from elsewhere:
 * mkdocstrings and mkdocs-click blocks become notes, pymdownx snippets the file's text (issue 20.5).
 */
class MkDocsImportTest {
    @TempDir
    Path tmp;

    private static String body(Path root, String page) throws IOException {
        return PageText.split(Files.readString(root.resolve("content").resolve(page))).body();
    }

    private static List<String> placed(ImportReport r) {
        return r.placed().stream().map(p -> p.position() + ": " + p.text()).toList();
    }

    private static List<String> left(ImportReport r) {
        return r.left().stream().map(l -> l.position() + ": " + l.kind() + ": " + l.text()).toList();
    }

    @Test
    void mkdocstringsAndMkdocsClickBlocksBecomeNotesThatKeepTheBlockAndCodeIsLeftAlone() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", """
                site_name: Tools
                markdown_extensions:
                  - mkdocs-click
                plugins:
                  - mkdocstrings:
                      handlers: {python: {options: {show_source: false}}}
                """);
        write(src, "docs/api.md", """
                # API

                ::: tools.Config
                    options:
                      show_root_heading: true

                Between.

                ## ::: tools.run

                ```markdown
                ::: tools.Shown
                    options:
                      members: false
                ```

                ::: mkdocs-click
                    :module: tools.cli
                    :command: main
                    :prog_name: tools
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("""
                # API

                !!! note "API reference of tools.Config"
                    The API reference of `tools.Config` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs:

                    ```markdown
                    ::: tools.Config
                        options:
                          show_root_heading: true
                    ```

                Between.

                ## tools.run

                !!! note "API reference of tools.run"
                    The API reference of `tools.run` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs:

                    ```markdown
                    ## ::: tools.run
                    ```

                ```markdown
                ::: tools.Shown
                    options:
                      members: false
                ```

                !!! note "Command reference of tools"
                    The command-line reference of `tools` (`main` in `tools.cli`) was generated here from code by mkdocs-click; Handbook does not generate it. The block as written for MkDocs:

                    ```markdown
                    ::: mkdocs-click
                        :module: tools.cli
                        :command: main
                        :prog_name: tools
                    ```
                """, body(root, "api.md"));
        assertEquals(List.of("content/api.md:3:1: ::: tools.Config", "content/api.md:16:1: ## ::: tools.run",
                "content/api.md:29:1: ::: mkdocs-click"), placed(r));
        assertEquals(2, r.rewritten().get(GeneratedReference.MKDOCSTRINGS));
        assertEquals(1, r.rewritten().get(GeneratedReference.MKDOCS_CLICK));
        assertEquals(List.of(), left(r));
        assertEquals(List.of(), TestSite.headlines(strictBuild(root)));
    }

    @Test
    void optionsOneBlankLineBelowTheIdentifierAreTheBlocksAndABlockInAQuoteIsRead() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\nplugins: [mkdocstrings]\n");
        write(src, "docs/index.md", """
                ::: tools.Config

                    options:
                      heading_level: 3

                > New in 2.0:
                >
                > ::: tools.Event
                >     options:
                >       show_root_heading: false

                ::: tools.Alone

                Text after a blank line is the page's.
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        String page = body(root, "index.md");
        assertEquals(List.of("content/index.md:1:1: ::: tools.Config", "content/index.md:13:3: ::: tools.Event",
                "content/index.md:23:1: ::: tools.Alone"), placed(r));
        assertEquals(true, page.startsWith("""
                !!! note "API reference of tools.Config"
                    The API reference of `tools.Config` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs:

                    ```markdown
                    ::: tools.Config

                        options:
                          heading_level: 3
                    ```
                """), page);
        assertEquals(true, page.contains("""
                > !!! note "API reference of tools.Event"
                >     The API reference of `tools.Event` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs:
                >
                >     ```markdown
                >     ::: tools.Event
                >         options:
                >           show_root_heading: false
                >     ```
                """), page);
        assertEquals(true, page.endsWith("""
                    ::: tools.Alone
                    ```

                Text after a blank line is the page's.
                """), page);
    }

    @Test
    void withoutMkdocstringsInMkdocsYmlABlockIsLeftForAPersonAsMkDocsShowedIt() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\n");
        write(src, "docs/index.md", "# Tools\n\n::: tools.Config\n");
        ImportReport r = run(Source.MKDOCS, src, tmp.resolve("handbook"), Optional.empty());
        assertEquals(List.of("content/index.md:3:1: '::: ' line that neither mkdocstrings nor mkdocs-click reads here "
                + "(shown as text): ::: tools.Config"), left(r));
        assertEquals(List.of(), placed(r));
    }

    @Test
    void snippetsOfFilesSrcHoldsBecomeTheirTextAndAMissingOneIsLeftWithItsPosition() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", """
                site_name: Tools
                markdown_extensions:
                  - pymdownx.snippets:
                      base_path: [includes, .]
                """);
        write(src, "includes/abbreviations.md", "*[API]: Application programming interface\n");
        write(src, "includes/example.py", """
                import tools
                # --8<-- [start:call]
                tools.run()
                # --8<-- [end:call]
                print("done")
                """);
        write(src, "includes/nested.md", "Nested:\n--8<-- \"abbreviations.md\"\n");
        write(src, "CONTRIBUTING.md", "## Pull requests\n\nWelcome.\n");
        write(src, "docs/index.md", """
                # Tools

                --8<-- "CONTRIBUTING.md"

                ```python
                --8<-- "example.py:call"
                ```

                - Lines 1 to 2:

                    --8<-- "example.py:1:2"

                --8<--
                nested.md
                ;commented-out.md
                gone.md
                --8<--

                ;--8<-- "shown-as-written.md"

                --8<-- "../outside.md"
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("""
                # Tools

                ## Pull requests

                Welcome.

                ```python
                tools.run()
                ```

                - Lines 1 to 2:

                    import tools
                    # --8<-- [start:call]

                Nested:
                *[API]: Application programming interface
                --8<-- "gone.md"

                --8<-- "shown-as-written.md"

                --8<-- "../outside.md"
                """, body(root, "index.md"));
        assertEquals(List.of("content/index.md:18:1: MkDocs snippet of a file SRC does not hold: --8<-- \"gone.md\"",
                "content/index.md:22:1: MkDocs snippet of a file SRC does not hold: --8<-- \"../outside.md\""), left(r));
        assertEquals(5, r.rewritten().get("MkDocs snippet to its text"));
        assertEquals(1, r.rewritten().get("MkDocs snippet marker escaped with ';', written as MkDocs showed it"));
        assertEquals(1, r.rewritten().get("MkDocs snippet name commented out with ';' in a block, dropped as MkDocs "
                + "ignored it"));
    }

    @Test
    void withoutPymdownxSnippetsInMkdocsYmlTheMarkerIsTextAsMkDocsShowedIt() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\n");
        write(src, "README.md", "Read me.\n");
        write(src, "docs/index.md", "--8<-- \"README.md\"\n");
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("--8<-- \"README.md\"\n", body(root, "index.md"));
        assertEquals(List.of(), left(r));
    }
}
